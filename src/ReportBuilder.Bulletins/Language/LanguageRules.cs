using System.Globalization;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language;

/// <summary>
/// How one output language writes what bulletins say: dates, money, counted nouns, terms,
/// event and punishment names. One subclass per language; templates reach these through filters.
/// </summary>
public abstract class LanguageRules
{
    /// <summary>"en" or "ru": the register columns (…En, …Ru) this language reads.</summary>
    public abstract string Code { get; }

    public abstract CultureInfo Culture { get; }

    /// <summary>
    /// The non-breaking space that keeps a number with its unit or month, and a year with
    /// «года», on one line (7 апреля, 5 лет, 27 780 тенге; 7 April, 5 years, 27,780 tenge).
    /// </summary>
    public const string Nbsp = "\u00A0";

    public abstract string Date(DateOnly date);

    /// <summary>A month in the chart's labels: one style of abbreviation for all twelve (Jan … Sep …; янв … сен …).</summary>
    public abstract string ChartMonth(int month);

    public abstract string PeriodText(Period period);

    /// <summary>The draft's title in its document properties.</summary>
    public abstract string DocumentTitle(Period period);

    /// <summary>An amount in tenge, with its dollar value in brackets when one is given.</summary>
    public abstract string Money(decimal kzt, decimal? usd);

    /// <summary>"100 hours", "к 2 годам": n and the noun agreeing with it in the case asked for.</summary>
    public abstract string Count(long n, CountedNoun noun, GrammaticalCase grammaticalCase, bool words);

    /// <summary>"5-year" (a 5-year ban), "5-летний".</summary>
    public abstract string YearsAdjective(long years);

    /// <summary>A number as words ("two", "двух").</summary>
    public abstract string Words(long n, GrammaticalCase grammaticalCase, bool feminine);

    public abstract string And { get; }

    /// <summary>The events-per-month chart's title and its series name.</summary>
    public abstract (string Title, string Series) ChartWords { get; }

    public abstract string EventTypeLabel(EventType type);

    /// <summary>The punishment as the sentence uses it after a term: "restriction of liberty", "ограничения свободы".</summary>
    public abstract string PunishmentText(Punishment punishment);

    /// <summary>
    /// What a sentence without a term or an amount says after "sentenced to" / «приговорён»:
    /// "a suspended sentence", «к условному сроку». Null for an acquittal or no punishment,
    /// which the templates word on their own.
    /// </summary>
    public abstract string? SentencedTo(Punishment punishment);

    /// <summary>The punishment's name in the summary table.</summary>
    public abstract string PunishmentLabel(Punishment punishment);

    /// <summary>A term in months as years and months: "1 year and 6 months", "к 1 году и 6 месяцам".</summary>
    public string Term(long months, GrammaticalCase grammaticalCase, bool words)
    {
        var years = months / 12;
        var rest = months % 12;
        if (years == 0) return Count(rest, CountedNoun.Month, grammaticalCase, words);
        if (rest == 0) return Count(years, CountedNoun.Year, grammaticalCase, words);
        return $"{Count(years, CountedNoun.Year, grammaticalCase, words)} {And} {Count(rest, CountedNoun.Month, grammaticalCase, words)}";
    }

    /// <summary>"from" / «из», between who a person is and their town.</summary>
    protected abstract string From { get; }

    /// <summary>
    /// Who a person is, ready for a sentence: "a civil activist from Talgar", «гражданский
    /// активист из Талгара» (the caller passes the description and town in the case the sentence
    /// needs); with the region in brackets when asked. Null without a description.
    /// </summary>
    public string? Who(string? description, string? town, string? region, bool withRegion)
    {
        if (description is null) return null;
        var who = town is null ? description : $"{description} {From} {town}";
        return withRegion && town is not null && region is not null ? $"{who} ({region})" : who;
    }

    /// <summary>"Article 405 Part 2 of the Criminal Code («…»)", «части 2 статьи 405 Уголовного кодекса («…»)».</summary>
    public abstract string? ArticleText(string? article, string? part, string? title);

    /// <summary>
    /// What a sentence imposes, ready to follow "sentenced to" / «приговорён»: a term of a
    /// punishment, a fine, or the punishment alone. Null for an acquittal or no punishment.
    /// </summary>
    public abstract string? Sentence(int? termMonths, Punishment? punishment, string? fine);

    /// <summary>A term of a punishment: "1 year of restriction of liberty", «1 год ограничения свободы».</summary>
    public abstract string TermText(int termMonths, Punishment punishment);

    /// <summary>A term changed on appeal: "from two years to one year of restriction of liberty", «с двух лет до одного года ограничения свободы».</summary>
    public abstract string TermFromTo(int previousMonths, int termMonths, Punishment punishment);

    /// <summary>"Judge KELEMSEITOV Yerkebulan" / "The court"; «Судья …» / «Суд».</summary>
    public abstract string JudgeTitle(string? judge);

    /// <summary>Whole dollars, as the bulletins show them.</summary>
    protected static decimal WholeDollars(decimal usd) => Math.Round(usd, 0, MidpointRounding.AwayFromZero);

    public static LanguageRules For(string code) => code.ToLowerInvariant() switch
    {
        "en" => new EnglishRules(),
        "ru" => new RussianRules(),
        _ => throw new ArgumentException($"No language rules for '{code}'; supported: en, ru.", nameof(code)),
    };
}
