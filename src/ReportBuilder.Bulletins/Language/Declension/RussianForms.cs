using System.Globalization;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Parsing;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>Where a Russian form came from: a register column (an override), the Forms sheet (confirmed once), the rules, or the rules unsure (the nominative kept).</summary>
public enum FormSource
{
    Column,
    Confirmed,
    Rule,
    Unsure,
}

/// <summary>One form the drafts use, with where it came from.</summary>
public readonly record struct Form(string Text, FormSource Source);

/// <summary>
/// The Russian forms of what the register holds in the nominative: a person's name in each
/// case, the town and the description in the genitive, and the judge's gender. A form
/// confirmed on the Forms sheet wins, then the register's optional columns (SurnameRuGen …,
/// CityRuGen, DescriptionRuGen, JudgeGender), then the rules. The drafts and
/// <c>reportbuilder forms</c> both ask here.
/// </summary>
public static class RussianForms
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static readonly (string Suffix, GrammaticalCase Case)[] Cases =
    [
        ("Gen", GrammaticalCase.Genitive), ("Dat", GrammaticalCase.Dative), ("Acc", GrammaticalCase.Accusative),
        ("Ins", GrammaticalCase.Instrumental), ("Prep", GrammaticalCase.Prepositional),
    ];

    /// <summary>The nominative a Forms sheet row of a person's name matches: the name as the Persons sheet writes it.</summary>
    public static string NameNominative(Person person) => $"{person.GivenNameRu} {person.SurnameRu}";

    /// <summary>
    /// The name in a case. A name on the Forms sheet is one staff looked at: the cases they
    /// filled are printed as written, the ones they left blank by the rules, without a note.
    /// A given name the rules cannot decline is never printed beside a declined surname: both
    /// keep the nominative (a surname in Latin letters keeps it anyway: Тимура SMITH).
    /// </summary>
    public static Form Name(CaseRegister register, Person person, string suffix, GrammaticalCase grammaticalCase)
    {
        var row = register.Confirmed(FormKind.Name, NameNominative(person));
        if (row?.Cases.GetValueOrDefault(suffix) is { } confirmed)
            return new Form(AsPrinted(confirmed), FormSource.Confirmed);
        var form = ByRules(person, suffix, grammaticalCase);
        return row is not null && form.Source == FormSource.Unsure ? form with { Source = FormSource.Confirmed } : form;
    }

    private static Form ByRules(Person person, string suffix, GrammaticalCase grammaticalCase)
    {
        var surname = person.SurnameRu.ToUpper(Russian);
        var columnSurname = person.Extra.GetValueOrDefault("SurnameRu" + suffix);
        var columnGiven = person.Extra.GetValueOrDefault("GivenNameRu" + suffix);
        var ruleSurname = RussianNames.Surname(surname, person.Gender, grammaticalCase);
        var ruleGiven = RussianNames.GivenName(person.GivenNameRu, person.Gender, grammaticalCase);
        if (columnGiven is null && !ruleGiven.Certain && columnSurname is null)
            return new Form($"{person.GivenNameRu} {surname}", FormSource.Unsure);
        var text = $"{columnGiven ?? ruleGiven.Text} {columnSurname?.ToUpper(Russian) ?? ruleSurname.Text}";
        if (columnSurname is not null && columnGiven is not null) return new Form(text, FormSource.Column);
        var certain = (columnSurname is not null || ruleSurname.Certain) && (columnGiven is not null || ruleGiven.Certain);
        return new Form(text, certain ? FormSource.Rule : FormSource.Unsure);
    }

    /// <summary>A confirmed name as the drafts print names: the surname in capitals (Назым ТОКТАРОВОЙ), unless staff wrote capitals themselves.</summary>
    private static string AsPrinted(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)))) return name;
        words[^1] = words[^1].ToUpper(Russian);
        return string.Join(' ', words);
    }

    public static Form? CityGenitive(CaseRegister register, Person person) =>
        person.CityRu is not { } city ? null
        : register.Confirmed(FormKind.Town, city)?.Cases.GetValueOrDefault("Gen") is { } confirmed ? new Form(confirmed, FormSource.Confirmed)
        : person.Extra.GetValueOrDefault("CityRuGen") is { } column ? new Form(column, FormSource.Column)
        : FromRule(RussianPlaces.Decline(city, GrammaticalCase.Genitive));

    public static Form? DescriptionGenitive(CaseRegister register, Person person) =>
        person.DescriptionRu is not { } description ? null
        : register.Confirmed(FormKind.Description, description)?.Cases.GetValueOrDefault("Gen") is { } confirmed ? new Form(confirmed, FormSource.Confirmed)
        : person.Extra.GetValueOrDefault("DescriptionRuGen") is { } column ? new Form(column, FormSource.Column)
        : FromRule(RussianPhrases.Decline(description, GrammaticalCase.Genitive));

    /// <summary>The judge's gender: the Forms sheet's, else JudgeGender when filled, else told from the name; null (unsure) when none tells.</summary>
    public static (Gender? Gender, FormSource Source) JudgeGender(CaseRegister register, CourtEvent e)
    {
        if (register.Confirmed(FormKind.Judge, e.JudgeRu ?? e.JudgeEn)?.Gender is { } confirmed) return (confirmed, FormSource.Confirmed);
        if (e.Extra.TryGetValue("JudgeGender", out var column) && ChoiceText.TryGender(column, out var g)) return (g, FormSource.Column);
        var guess = (e.JudgeRu ?? e.JudgeEn) is { } judge ? RussianGender.OfName(judge) : null;
        return (guess, guess is null ? FormSource.Unsure : FormSource.Rule);
    }

    private static Form FromRule(Declined declined) => new(declined.Text, declined.Certain ? FormSource.Rule : FormSource.Unsure);
}
