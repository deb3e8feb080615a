using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>The texts the list and the case file share, in one language: a person's name and town, a sentence, an article, a date or a dash.</summary>
internal sealed class ReportText(LanguageRules rules)
{
    private readonly bool _russian = rules.Code == "ru";

    public LanguageRules Rules => rules;

    public ReportWords Words { get; } = ReportWords.For(rules.Code);

    /// <summary>"SABANSHIYEV Yerkyn", «САБАНШИЕВ Еркын»: surname first, as lists are sorted.</summary>
    public string ListName(Person p) => $"{Surname(p)} {(_russian ? p.GivenNameRu : p.GivenNameEn)}";

    /// <summary>"Yerkyn SABANSHIYEV", «Еркын САБАНШИЕВ».</summary>
    public string Name(Person p) => $"{(_russian ? p.GivenNameRu : p.GivenNameEn)} {Surname(p)}";

    public string Surname(Person p) => (_russian ? p.SurnameRu : p.SurnameEn).ToUpper(rules.Culture);

    /// <summary>The town in this language, else in the other, else a dash.</summary>
    public string Town(Person p) => (_russian ? p.CityRu ?? p.CityEn : p.CityEn ?? p.CityRu) ?? ReportWords.None;

    public string? Description(Person p) => _russian ? p.DescriptionRu ?? p.DescriptionEn : p.DescriptionEn ?? p.DescriptionRu;

    public string Date(DateOnly? date) => date is { } d ? rules.Date(d) : ReportWords.None;

    /// <summary>The article of the sentence's verdict, else of the person's latest event that names one (<paramref name="latest"/>).</summary>
    public string Article(PersonStatus status, CourtEvent? latest)
    {
        var e = status.Sentence?.Verdict is { Article: not null } verdict ? verdict : latest;
        return e?.Article is { } article ? Words.Article(article, e.Part) : ReportWords.None;
    }

    /// <summary>"1 year of restriction of liberty", «1 год ограничения свободы»; a punishment without a term by its name.</summary>
    public string Sentence(SentenceInForce? sentence) => sentence switch
    {
        null => ReportWords.None,
        { TermMonths: { } months } => rules.TermText(months, sentence.Punishment),
        _ => rules.PunishmentLabel(sentence.Punishment),
    };

    public string Bans(IEnumerable<RunningBan> bans) =>
        string.Join("; ", bans.Select(b => Words.Ban(b.Kind, rules.Count(b.Years, CountedNoun.Year, GrammaticalCase.Accusative, false), rules.Date(b.Until))));
}
