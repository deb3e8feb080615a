using System.Globalization;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language;

/// <summary>Russian: 7 апреля 2021 года; 27 780 тенге (66 $); к 1 году и 6 месяцам.</summary>
public sealed class RussianRules : LanguageRules
{
    /// <summary>Russian groups thousands with a non-breaking space, so "27 780" never breaks across lines.</summary>

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = Nbsp,
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
    };

    public override string Code => "ru";

    public override CultureInfo Culture => Russian;

    public override (string Title, string Series) ChartWords => ("Опубликованные события по месяцам за 12 месяцев", "События");

    public override string And => "и";

    public override string DocumentTitle(Period period) => $"Политически мотивированные преследования в Казахстане: {PeriodText(period)}";

    public override string Date(DateOnly date) => $"{date.Day}{Nbsp}{Russian.DateTimeFormat.MonthGenitiveNames[date.Month - 1]} {date.Year}{Nbsp}года";

    private static readonly string[] ChartMonths = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    public override string ChartMonth(int month) => ChartMonths[month - 1];

    public override string PeriodText(Period period)
    {
        var months = Russian.DateTimeFormat.MonthGenitiveNames;
        if (period.First == period.Last) return Date(period.First);
        if (period.Kind == PeriodKind.Month) return $"{Russian.DateTimeFormat.MonthNames[period.First.Month - 1]} {period.First.Year}{Nbsp}года";
        if (period.First.Year != period.Last.Year) return $"{Date(period.First)} – {Date(period.Last)}";
        if (period.First.Month != period.Last.Month) return $"{period.First.Day}{Nbsp}{months[period.First.Month - 1]} – {Date(period.Last)}";
        return $"{period.First.Day}–{Date(period.Last)}";
    }

    /// <summary>27 780 тенге; 840 тенге 50 тиынов (tiyn are written out, as Kazakh documents do); (61 $).</summary>
    public override string Money(decimal kzt, decimal? usd)
    {
        var tenge = Math.Floor(kzt);
        var tiyn = (long)Math.Round((kzt - tenge) * 100);
        var text = $"{tenge.ToString("#,0", Numbers)}{Nbsp}тенге";
        if (tiyn > 0) text += $" {Count(tiyn, CountedNoun.Tiyn, GrammaticalCase.Nominative, words: false)}";
        return usd is { } dollars ? $"{text} ({WholeDollars(dollars).ToString("#,0", Numbers)}{Nbsp}$)" : text;
    }

    public override string Count(long n, CountedNoun noun, GrammaticalCase grammaticalCase, bool words)
    {
        var number = words ? RussianNumerals.ToWords(n, grammaticalCase) : n.ToString("#,0", Numbers);
        if (words && noun == CountedNoun.DayNight) number = PluralOnlyNumeral(number, n, grammaticalCase);
        return $"{number}{Nbsp}{RussianNoun.Of(noun).After(n, grammaticalCase)}";
    }

    /// <summary>
    /// A noun with no singular (сутки) takes the plural of "один" (одни сутки, двадцать одни
    /// сутки, одних суток) and the collective numerals after 2–4 in the nominative and
    /// accusative (двое, трое, четверо суток).
    /// </summary>
    private static string PluralOnlyNumeral(string number, long n, GrammaticalCase grammaticalCase)
    {
        var lastTwo = n % 100;
        var last = lastTwo % 10;
        if (lastTwo is >= 11 and <= 14) return number;
        var space = number.LastIndexOf(' ');
        var head = number[..(space + 1)];
        var c = (int)grammaticalCase;
        if (last == 1) return head + PluralOne[c];
        if (last is >= 2 and <= 4 && grammaticalCase is GrammaticalCase.Nominative or GrammaticalCase.Accusative)
            return head + Collective[last - 2];
        return number;
    }

    private static readonly string[] PluralOne = ["одни", "одних", "одним", "одни", "одними", "одних"];
    private static readonly string[] Collective = ["двое", "трое", "четверо"];

    public override string YearsAdjective(long years) => $"{years}-летний";

    public override string Words(long n, GrammaticalCase grammaticalCase, bool feminine) => RussianNumerals.ToWords(n, grammaticalCase, feminine);

    public override string EventTypeLabel(EventType type) => type switch
    {
        EventType.Detention => "Задержания",
        EventType.Search => "Обыски",
        EventType.Charge => "Обвинения",
        EventType.PretrialRestriction => "Меры пресечения",
        EventType.Hearing => "Судебные заседания",
        EventType.Verdict => "Приговоры",
        EventType.Appeal => "Апелляции",
        EventType.Cassation => "Кассации",
        EventType.Release => "Освобождения",
        EventType.Fine => "Штрафы",
        EventType.AdministrativeArrest => "Административные аресты",
        _ => "Другие события",
    };

    /// <summary>In the genitive, as it follows a term: "к 1 году ограничения свободы".</summary>
    public override string PunishmentText(Punishment punishment) => punishment switch
    {
        Punishment.RestrictionOfLiberty => "ограничения свободы",
        Punishment.DeprivationOfLiberty => "лишения свободы",
        Punishment.Fine => "штрафа",
        Punishment.Suspended => "условного срока",
        Punishment.CommunityService => "общественных работ",
        Punishment.Acquittal => "оправдания",
        _ => "без наказания",
    };

    protected override string From => "из";

    public override string? ArticleText(string? article, string? part, string? title) =>
        article is null ? null
        : $"{(part is null ? "" : $"части {part} ")}статьи {article} Уголовного кодекса{(title is null ? "" : $" («{title}»)")}";

    public override string? Sentence(int? termMonths, Punishment? punishment, string? fine) =>
        termMonths is { } months && punishment is { } p ? $"к {Term(months, GrammaticalCase.Dative, false)} {PunishmentText(p)}"
        : fine is not null ? $"к штрафу в размере {fine}"
        : punishment is { } alone ? SentencedTo(alone)
        : null;

    public override string TermText(int termMonths, Punishment punishment) =>
        $"{Term(termMonths, GrammaticalCase.Nominative, false)} {PunishmentText(punishment)}";

    public override string TermFromTo(int previousMonths, int termMonths, Punishment punishment) =>
        $"с {Term(previousMonths, GrammaticalCase.Genitive, true)} до {Term(termMonths, GrammaticalCase.Genitive, true)} {PunishmentText(punishment)}";

    public override string JudgeTitle(string? judge) => judge is null ? "Суд" : $"Судья {judge}";

    public override string? SentencedTo(Punishment punishment) => punishment switch
    {
        Punishment.RestrictionOfLiberty => "к ограничению свободы",
        Punishment.DeprivationOfLiberty => "к лишению свободы",
        Punishment.Fine => "к штрафу",
        Punishment.Suspended => "к условному сроку",
        Punishment.CommunityService => "к общественным работам",
        _ => null,
    };

    public override string PunishmentLabel(Punishment punishment) => punishment switch
    {
        Punishment.RestrictionOfLiberty => "Ограничение свободы",
        Punishment.DeprivationOfLiberty => "Лишение свободы",
        Punishment.Fine => "Штраф",
        Punishment.Suspended => "Условный срок",
        Punishment.CommunityService => "Общественные работы",
        Punishment.Acquittal => "Оправдание",
        _ => "Без наказания",
    };
}
