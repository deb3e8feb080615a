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
    public abstract string NameUnsure(string name, string caseName, string used, string suffix, string at);
    public abstract string WordUnsure(string what, string text, string column, string at);
    public abstract string JudgeUnsure(string judge, string at);
    public abstract string MissingTranslation(string column, string at);
    public abstract string ArticleWithoutTitle(string article, string? part, string at);
    public abstract string NoRate(string date, string amount);
    public abstract string ContextWithoutTranslation(string row);
    public abstract string RegisterWarning(Problem warning);

    private sealed class English : NoteText
    {
        public override string RegisterRow(string row) => $"Register: {row}";
        public override string NameUnsure(string name, string caseName, string used, string suffix, string at) =>
            $"The rules cannot put {name} in the {caseName}; \"{used}\" was used. If it is wrong, fill GivenNameRu{suffix} and SurnameRu{suffix} at {at}.";
        public override string WordUnsure(string what, string text, string column, string at) =>
            $"The rules cannot put {(what == "town" ? "the town" : "the description")} '{text}' in the genitive; it was left as it is. If it is wrong, fill {column} at {at}.";
        public override string JudgeUnsure(string judge, string at) =>
            $"The judge's gender cannot be told from '{judge}'; the verbs are written for a man. Fill JudgeGender (M or F) at {at}.";
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
        public override string NameUnsure(string name, string caseName, string used, string suffix, string at) =>
            $"Правила не могут поставить {name} в {Cases.GetValueOrDefault(caseName, caseName)} падеж; использовано «{used}». Если это неверно, заполните GivenNameRu{suffix} и SurnameRu{suffix} в {at}.";
        public override string WordUnsure(string what, string text, string column, string at) =>
            $"Правила не могут поставить {(what == "town" ? "название города" : "описание")} «{text}» в родительный падеж; оставлено как есть. Если это неверно, заполните {column} в {at}.";
        public override string JudgeUnsure(string judge, string at) =>
            $"По имени «{judge}» нельзя определить пол судьи; глаголы написаны в мужском роде. Заполните JudgeGender (M или F) в {at}.";
        public override string MissingTranslation(string column, string at) => $"Колонка {column} пуста в {at}; использован английский текст.";
        public override string ArticleWithoutTitle(string article, string? part, string at) =>
            $"У статьи {article}{(part is null ? "" : $" (часть {part})")} нет названия на листе Articles ({at}); проверьте статью.";
        public override string NoRate(string date, string amount) => $"На листе Rates нет курса доллара на {date} или раньше; сумма {amount} дана без долларов.";
        public override string ContextWithoutTranslation(string row) => $"У текста контекста в {row} нет русской версии; использован английский.";
        public override string RegisterWarning(Problem warning) =>
            $"Предупреждение реестра {warning.Id} в {warning.Where(UiLanguage.Russian)}: {warning.Text(UiLanguage.Russian)}";
    }
}
