using ReportBuilder.Problems;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// The review comments' wording in the draft's language, one method per kind of note, so an
/// editor of the Russian draft reads Russian. Register problems keep their own (English)
/// message after a translated lead; their id and cell say the same in any language.
/// </summary>
public abstract class NoteText
{
    public static NoteText For(string language) => language == "ru" ? new Russian() : new English();

    public abstract string RegisterRow(string row);

    /// <summary>A list as a sentence says it: «A», «B» и «C».</summary>
    protected static string Join(IEnumerable<string> items, string and)
    {
        var list = items.ToList();
        return list.Count < 2 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} {and} {list[^1]}";
    }
    /// <summary>One note per unsure name, pointing to the Forms sheet where the right forms are confirmed once.</summary>
    /// <param name="printed">The forms the item prints, with their case's suffix (Gen, Dat …), in order of use.</param>
    public abstract string NameUnsure(string name, IReadOnlyList<(string Case, string Text)> printed, string at);
    public abstract string WordUnsure(string what, string text, string at);
    public abstract string JudgeUnsure(string judge, string at);
    public abstract string MissingTranslation(string column, string at);
    public abstract string ArticleWithoutTitle(string article, string? part, string at);
    public abstract string NoRate(string date, string amount);
    public abstract string ContextWithoutTranslation(string row);
    public abstract string RegisterWarning(Problem warning);

    private sealed class English : NoteText
    {
        public override string RegisterRow(string row) => $"Register: {row}";
        public override string NameUnsure(string name, IReadOnlyList<(string Case, string Text)> printed, string at) =>
            $"The rules are not sure how to decline the name \"{name}\" ({at}); the Russian draft prints {Join(printed.Select(p => $"\"{p.Text}\"").Distinct(), "and")}. If that is wrong, confirm the right forms once on the Forms sheet " +
            $"(Kind: name; Nominative: {name}; {Join(printed.Select(p => p.Case + ": …"), "and")}): every later bulletin uses them.";
        public override string WordUnsure(string what, string text, string at) =>
            $"The rules are not sure how to put {(what == "town" ? "the town" : "the description")} \"{text}\" ({at}) in the genitive; it is printed as it is. " +
            $"If that is wrong, confirm the genitive once on the Forms sheet (Kind: {(what == "town" ? "town" : "description")}; Nominative: {text}; Gen: …).";
        public override string JudgeUnsure(string judge, string at) =>
            $"The judge's gender cannot be told from \"{judge}\" ({at}); the Russian verbs are written for a man. If the judge is a woman, say so once on the Forms sheet (Kind: judge; Nominative: {judge}; Gender: F).";
        public override string MissingTranslation(string column, string at) => $"{column} is empty at {at}; the Russian text was used.";
        public override string ArticleWithoutTitle(string article, string? part, string at) =>
            $"Article {article}{(part is null ? "" : " part " + part)} has no title on the Articles sheet ({at}); check the article.";
        public override string NoRate(string date, string amount) => $"No USD rate on or before {date} on the Rates sheet; the dollar value of {amount} is left out.";
        public override string ContextWithoutTranslation(string row) => $"The context text at {row} has no English version; the other language was used.";
        public override string RegisterWarning(Problem warning) =>
            $"Register warning {warning.Id} at {warning.Where(UiLanguage.English)}: {warning.Text(UiLanguage.English)}";
    }

    private sealed class Russian : NoteText
    {
        private static readonly Dictionary<string, string> Cases = new()
        {
            ["genitive"] = "родительный", ["dative"] = "дательный", ["accusative"] = "винительный",
            ["instrumental"] = "творительный", ["prepositional"] = "предложный",
        };

        public override string RegisterRow(string row) => $"Реестр: {row}";
        private static readonly Dictionary<string, string> CaseColumns = new()
        {
            ["Gen"] = "Родительный", ["Dat"] = "Дательный", ["Acc"] = "Винительный", ["Ins"] = "Творительный", ["Prep"] = "Предложный",
        };

        public override string NameUnsure(string name, IReadOnlyList<(string Case, string Text)> printed, string at) =>
            $"Правила не уверены, как склонять имя «{name}» ({at}); в черновике напечатано {Join(printed.Select(p => $"«{p.Text}»").Distinct(), "и")}. Если это неверно, подтвердите верные формы один раз на листе Forms " +
            $"(Что: имя; Именительный: {name}; {Join(printed.Select(p => CaseColumns[p.Case] + ": …"), "и")}) — их возьмут все следующие бюллетени.";
        public override string WordUnsure(string what, string text, string at) =>
            $"Правила не уверены, как поставить {(what == "town" ? "название города" : "описание")} «{text}» ({at}) в родительный падеж; оно напечатано как есть. " +
            $"Если это неверно, подтвердите родительный падеж один раз на листе Forms (Что: {(what == "town" ? "город" : "описание")}; Именительный: {text}; Родительный: …).";
        public override string JudgeUnsure(string judge, string at) =>
            $"По имени «{judge}» ({at}) нельзя определить пол судьи; глаголы написаны в мужском роде. Если судья — женщина, укажите это один раз на листе Forms (Что: судья; Именительный: {judge}; Пол: Ж).";
        public override string MissingTranslation(string column, string at) => $"Колонка {column} пуста в {at}; использован английский текст.";
        public override string ArticleWithoutTitle(string article, string? part, string at) =>
            $"У статьи {article}{(part is null ? "" : $" (часть {part})")} нет названия на листе Articles ({at}); проверьте статью.";
        public override string NoRate(string date, string amount) => $"На листе Rates нет курса доллара на {date} или раньше; сумма {amount} дана без долларов.";
        public override string ContextWithoutTranslation(string row) => $"У текста контекста в {row} нет русской версии; использован английский.";
        public override string RegisterWarning(Problem warning) =>
            $"Предупреждение реестра {warning.Id} в {warning.Where(UiLanguage.Russian)}: {warning.Text(UiLanguage.Russian)}";
    }
}
