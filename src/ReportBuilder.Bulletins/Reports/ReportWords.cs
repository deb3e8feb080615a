using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>
/// The words of the list of political prisoners and of a case file in one language, each kind
/// a small table: statuses (a group's heading, one person's state), events, articles, bans and
/// the doubts that make a status unsure.
/// </summary>
public abstract class ReportWords
{
    public static ReportWords For(string language) => language == "ru" ? new Russian() : new English();

    /// <summary>What an empty cell shows: a dash, never a silent blank.</summary>
    public const string None = "—";

    /// <summary>A status as a heading of the list's group.</summary>
    public abstract string Group(StatusKind kind);

    /// <summary>One person's status, as it follows the name: "released", «освобождена».</summary>
    public abstract string OfPerson(StatusKind kind, Gender gender);

    public abstract string EventName(EventType type);

    /// <summary>"Art. 405 Part 2", «ч. 2 ст. 405».</summary>
    public abstract string Article(string article, string? part);

    /// <summary>"a ban on social activity for 3 years (until 7 April 2024)".</summary>
    public abstract string Ban(BanKind kind, string years, string until);

    /// <summary>Why the status is unsure, pointing to the row.</summary>
    public abstract string Doubt(DoubtKind kind, string row);

    public abstract string ListTitle(string date);

    /// <summary>"judge KELEMSEITOV Yerkebulan", «судья Еркебулан КЕЛЕМСЕИТОВ».</summary>
    public abstract string Judge(string name);

    /// <summary>"since" / «с», "until" / «до»: a status's dates.</summary>
    public abstract string SinceWord { get; }
    public abstract string UntilWord { get; }

    private sealed class English : ReportWords
    {
        public override string Group(StatusKind kind) => kind switch
        {
            StatusKind.PretrialDetention => "In pre-trial detention",
            StatusKind.HouseArrest => "Under house arrest",
            StatusKind.Imprisoned => "Imprisoned",
            StatusKind.RestrictionOfLiberty => "Under restriction of liberty",
            StatusKind.BanOnly => "Serving a ban",
            StatusKind.Released => "Released",
            StatusKind.Acquitted => "Acquitted",
            StatusKind.Unknown => "Status not known",
            _ => "Status to be checked",
        };

        public override string OfPerson(StatusKind kind, Gender gender) => kind switch
        {
            StatusKind.PretrialDetention => "in pre-trial detention",
            StatusKind.HouseArrest => "under house arrest",
            StatusKind.Imprisoned => "imprisoned",
            StatusKind.RestrictionOfLiberty => "under restriction of liberty",
            StatusKind.BanOnly => "serving a ban",
            StatusKind.Released => "released",
            StatusKind.Acquitted => "acquitted",
            StatusKind.Unknown => "status not known",
            _ => "status to be checked",
        };

        public override string EventName(EventType type) => type switch
        {
            EventType.Detention => "Detention",
            EventType.Search => "Search",
            EventType.Charge => "Charge",
            EventType.PretrialRestriction => "Pre-trial restriction",
            EventType.Hearing => "Hearing",
            EventType.Verdict => "Verdict",
            EventType.Appeal => "Appeal",
            EventType.Cassation => "Cassation",
            EventType.Release => "Release",
            EventType.Fine => "Fine",
            EventType.AdministrativeArrest => "Administrative arrest",
            _ => "Other event",
        };

        public override string Article(string article, string? part) => part is null ? $"Art. {article}" : $"Art. {article} Part {part}";

        public override string Ban(BanKind kind, string years, string until) =>
            $"a ban on {(kind == BanKind.Activity ? "social activity" : "using social networks")} for {years} (until {until})";

        public override string Doubt(DoubtKind kind, string row) => kind switch
        {
            DoubtKind.RulingWithoutVerdict => $"The status is not printed as fact: the appeal or cassation at {row} has no verdict before it in the register. Add the first verdict.",
            DoubtKind.SentenceWithoutTerm => $"The status is not printed as fact: the sentence at {row} has no TermMonths, so its end is not known. Fill TermMonths.",
            DoubtKind.VerdictWithoutPunishment => $"The status is not printed as fact: the verdict at {row} has no Punishment. Fill Punishment.",
            _ => $"The status is not printed as fact: the pre-trial restriction at {row} does not say its measure. Fill the Measure column (custody, house arrest, travel ban …).",
        };

        public override string ListTitle(string date) => $"Political prisoners in Kazakhstan as of {date}";
        public override string SinceWord => "since";
        public override string Judge(string name) => $"judge {name}";
        public override string UntilWord => "until";
    }

    private sealed class Russian : ReportWords
    {
        public override string Group(StatusKind kind) => kind switch
        {
            StatusKind.PretrialDetention => "В предварительном заключении",
            StatusKind.HouseArrest => "Под домашним арестом",
            StatusKind.Imprisoned => "Отбывают лишение свободы",
            StatusKind.RestrictionOfLiberty => "Отбывают ограничение свободы",
            StatusKind.BanOnly => "Отбывают запрет",
            StatusKind.Released => "Освобождены",
            StatusKind.Acquitted => "Оправданы",
            StatusKind.Unknown => "Статус неизвестен",
            _ => "Статус нужно проверить",
        };

        public override string OfPerson(StatusKind kind, Gender gender)
        {
            var (man, woman) = kind switch
            {
                StatusKind.PretrialDetention => ("в предварительном заключении", "в предварительном заключении"),
                StatusKind.HouseArrest => ("под домашним арестом", "под домашним арестом"),
                StatusKind.Imprisoned => ("отбывает лишение свободы", "отбывает лишение свободы"),
                StatusKind.RestrictionOfLiberty => ("отбывает ограничение свободы", "отбывает ограничение свободы"),
                StatusKind.BanOnly => ("отбывает запрет", "отбывает запрет"),
                StatusKind.Released => ("освобождён", "освобождена"),
                StatusKind.Acquitted => ("оправдан", "оправдана"),
                StatusKind.Unknown => ("статус неизвестен", "статус неизвестен"),
                _ => ("статус нужно проверить", "статус нужно проверить"),
            };
            return gender == Gender.Female ? woman : man;
        }

        public override string EventName(EventType type) => type switch
        {
            EventType.Detention => "Задержание",
            EventType.Search => "Обыск",
            EventType.Charge => "Обвинение",
            EventType.PretrialRestriction => "Мера пресечения",
            EventType.Hearing => "Судебное заседание",
            EventType.Verdict => "Приговор",
            EventType.Appeal => "Апелляция",
            EventType.Cassation => "Кассация",
            EventType.Release => "Освобождение",
            EventType.Fine => "Штраф",
            EventType.AdministrativeArrest => "Административный арест",
            _ => "Другое событие",
        };

        public override string Article(string article, string? part) => part is null ? $"ст.{LanguageRules.Nbsp}{article}" : $"ч.{LanguageRules.Nbsp}{part} ст.{LanguageRules.Nbsp}{article}";

        public override string Ban(BanKind kind, string years, string until) =>
            $"запрет {(kind == BanKind.Activity ? "на общественную деятельность" : "на пользование социальными сетями")} на {years} (до {until})";

        public override string Doubt(DoubtKind kind, string row) => kind switch
        {
            DoubtKind.RulingWithoutVerdict => $"Статус не напечатан как факт: перед апелляцией или кассацией в {row} в реестре нет приговора. Добавьте первый приговор.",
            DoubtKind.SentenceWithoutTerm => $"Статус не напечатан как факт: у наказания в {row} нет срока (TermMonths), поэтому неизвестно, когда оно кончается. Заполните TermMonths.",
            DoubtKind.VerdictWithoutPunishment => $"Статус не напечатан как факт: у приговора в {row} не указано наказание (Punishment). Заполните Punishment.",
            _ => $"Статус не напечатан как факт: у меры пресечения в {row} не указано, какая она. Заполните колонку Measure (стража, домашний арест, подписка о невыезде …).",
        };

        public override string ListTitle(string date) => $"Политические заключённые в Казахстане на {date}";
        public override string SinceWord => "с";
        public override string Judge(string name) => $"судья {name}";
        public override string UntilWord => "до";
    }
}
