using System.Globalization;
using Humanizer;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language;

/// <summary>British English: 7 April 2021; 27,780 tenge (66$); 1 year and 6 months.</summary>
public sealed class EnglishRules : LanguageRules
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public override string Code => "en";

    public override CultureInfo Culture => British;

    public override (string Title, string Series) ChartWords => ("Published events per month, last 12 months", "Events");

    public override string And => "and";

    public override string DocumentTitle(Period period) => $"Politically motivated prosecutions in Kazakhstan: {PeriodText(period)}";

    public override string Date(DateOnly date) => $"{date.Day}{Nbsp}{date.ToString("MMMM yyyy", British)}";

    private static readonly string[] ChartMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public override string ChartMonth(int month) => ChartMonths[month - 1];

    public override string PeriodText(Period period)
    {
        if (period.First == period.Last) return Date(period.First);
        if (period.Kind == PeriodKind.Month) return period.First.ToString("MMMM yyyy", British);
        if (period.First.Year != period.Last.Year) return $"{Date(period.First)} – {Date(period.Last)}";
        if (period.First.Month != period.Last.Month) return $"{period.First.Day}{Nbsp}{period.First.ToString("MMMM", British)} – {Date(period.Last)}";
        return $"{period.First.Day}–{Date(period.Last)}";
    }

    public override string Money(decimal kzt, decimal? usd)
    {
        var amount = kzt == Math.Floor(kzt) ? kzt.ToString("#,0", British) : kzt.ToString("#,0.00", British);
        return usd is { } dollars ? $"{amount}{Nbsp}tenge ({WholeDollars(dollars).ToString("#,0", British)}$)" : $"{amount}{Nbsp}tenge";
    }

    public override string Count(long n, CountedNoun noun, GrammaticalCase grammaticalCase, bool words)
    {
        var (one, many) = Nouns[noun];
        return (words ? n.ToWords(British) : n.ToString(British)) + Nbsp + (n == 1 ? one : many);
    }

    /// <summary>
    /// The counted nouns, singular and plural. A table rather than Humanizer's Pluralize: the
    /// nouns are a closed set, and Pluralize compiles some 200 regular expressions on first use
    /// (about 85 ms at every start of the command).
    /// </summary>
    private static readonly Dictionary<CountedNoun, (string One, string Many)> Nouns = new()
    {
        [CountedNoun.Year] = ("year", "years"),
        [CountedNoun.Month] = ("month", "months"),
        [CountedNoun.Hour] = ("hour", "hours"),
        [CountedNoun.Day] = ("day", "days"),
        [CountedNoun.Tiyn] = ("tiyn", "tiyns"),
        [CountedNoun.DayNight] = ("day", "days"),
        [CountedNoun.Person] = ("person", "people"),
    };

    public override string YearsAdjective(long years) => $"{years}-year";

    public override string Words(long n, GrammaticalCase grammaticalCase, bool feminine) => n.ToWords(British);

    public override string EventTypeLabel(EventType type) => type switch
    {
        EventType.Detention => "Detentions",
        EventType.Search => "Searches",
        EventType.Charge => "Charges",
        EventType.PretrialRestriction => "Pre-trial restrictions",
        EventType.Hearing => "Hearings",
        EventType.Verdict => "Verdicts",
        EventType.Appeal => "Appeals",
        EventType.Cassation => "Cassation reviews",
        EventType.Release => "Releases",
        EventType.Fine => "Fines",
        EventType.AdministrativeArrest => "Administrative arrests",
        _ => "Other events",
    };

    protected override string From => "from";

    public override string? ArticleText(string? article, string? part, string? title) =>
        article is null ? null
        : $"Article {article}{(part is null ? "" : " Part " + part)} of the Criminal Code{(title is null ? "" : $" («{title}»)")}";

    public override string? Sentence(int? termMonths, Punishment? punishment, string? fine) =>
        termMonths is { } months && punishment is { } p ? TermText(months, p)
        : fine is not null ? $"a fine of {fine}"
        : punishment is { } alone ? SentencedTo(alone)
        : null;

    public override string TermText(int termMonths, Punishment punishment) =>
        $"{Term(termMonths, GrammaticalCase.Nominative, false)} of {PunishmentText(punishment)}";

    public override string TermFromTo(int previousMonths, int termMonths, Punishment punishment) =>
        $"from {Term(previousMonths, GrammaticalCase.Nominative, true)} to {Term(termMonths, GrammaticalCase.Nominative, true)} of {PunishmentText(punishment)}";

    public override string JudgeTitle(string? judge) => judge is null ? "The court" : $"Judge {judge}";

    /// <summary>"a civil activist", "an activist".</summary>
    public static string WithArticle(string text) =>
        text.Length == 0 ? text : ("aeiou".Contains(char.ToLowerInvariant(text[0]), StringComparison.Ordinal) ? "an " : "a ") + text;

    public override string? SentencedTo(Punishment punishment) =>
        punishment is Punishment.Acquittal or Punishment.None ? null : PunishmentText(punishment);

    public override string PunishmentText(Punishment punishment) => punishment switch
    {
        Punishment.RestrictionOfLiberty => "restriction of liberty",
        Punishment.DeprivationOfLiberty => "imprisonment",
        Punishment.Fine => "a fine",
        Punishment.Suspended => "a suspended sentence",
        Punishment.CommunityService => "community service",
        Punishment.Acquittal => "acquittal",
        _ => "no punishment",
    };

    public override string PunishmentLabel(Punishment punishment) => punishment switch
    {
        Punishment.RestrictionOfLiberty => "Restriction of liberty",
        Punishment.DeprivationOfLiberty => "Imprisonment",
        Punishment.Fine => "Fine",
        Punishment.Suspended => "Suspended sentence",
        Punishment.CommunityService => "Community service",
        Punishment.Acquittal => "Acquittal",
        _ => "None",
    };
}
