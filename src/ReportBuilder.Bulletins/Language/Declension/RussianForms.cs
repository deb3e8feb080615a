using System.Globalization;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Parsing;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>Where a Russian form came from: a register column (an override), the rules, or the rules unsure (the nominative kept).</summary>
public enum FormSource
{
    Column,
    Rule,
    Unsure,
}

/// <summary>One form the drafts use, with where it came from.</summary>
public readonly record struct Form(string Text, FormSource Source);

/// <summary>
/// The Russian forms of what the register holds in the nominative: a person's name in each
/// case, the town and the description in the genitive, and the judge's gender. The register's
/// optional columns (SurnameRuGen …, CityRuGen, DescriptionRuGen, JudgeGender) win over the
/// rules. The drafts and <c>reportbuilder forms</c> both ask here.
/// </summary>
public static class RussianForms
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static readonly (string Suffix, GrammaticalCase Case)[] Cases =
    [
        ("Gen", GrammaticalCase.Genitive), ("Dat", GrammaticalCase.Dative), ("Acc", GrammaticalCase.Accusative),
        ("Ins", GrammaticalCase.Instrumental), ("Prep", GrammaticalCase.Prepositional),
    ];

    public static Form Name(Person person, string suffix, GrammaticalCase grammaticalCase)
    {
        var surname = person.SurnameRu.ToUpper(Russian);
        var columnSurname = person.Extra.GetValueOrDefault("SurnameRu" + suffix);
        var columnGiven = person.Extra.GetValueOrDefault("GivenNameRu" + suffix);
        var ruleSurname = RussianNames.Surname(surname, person.Gender, grammaticalCase);
        var ruleGiven = RussianNames.GivenName(person.GivenNameRu, person.Gender, grammaticalCase);
        var text = $"{columnGiven ?? ruleGiven.Text} {columnSurname?.ToUpper(Russian) ?? ruleSurname.Text}";
        if (columnSurname is not null && columnGiven is not null) return new Form(text, FormSource.Column);
        var certain = (columnSurname is not null || ruleSurname.Certain) && (columnGiven is not null || ruleGiven.Certain);
        return new Form(text, certain ? FormSource.Rule : FormSource.Unsure);
    }

    public static Form? CityGenitive(Person person) =>
        person.CityRu is not { } city ? null
        : person.Extra.GetValueOrDefault("CityRuGen") is { } column ? new Form(column, FormSource.Column)
        : FromRule(RussianPlaces.Decline(city, GrammaticalCase.Genitive));

    public static Form? DescriptionGenitive(Person person) =>
        person.DescriptionRu is not { } description ? null
        : person.Extra.GetValueOrDefault("DescriptionRuGen") is { } column ? new Form(column, FormSource.Column)
        : FromRule(RussianPhrases.Decline(description, GrammaticalCase.Genitive));

    /// <summary>The judge's gender: JudgeGender when filled, else told from the name; null (unsure) when neither tells.</summary>
    public static (Gender? Gender, FormSource Source) JudgeGender(CourtEvent e)
    {
        if (e.Extra.TryGetValue("JudgeGender", out var column) && ChoiceText.TryGender(column, out var g)) return (g, FormSource.Column);
        var guess = (e.JudgeRu ?? e.JudgeEn) is { } judge ? RussianGender.OfName(judge) : null;
        return (guess, guess is null ? FormSource.Unsure : FormSource.Rule);
    }

    private static Form FromRule(Declined declined) => new(declined.Text, declined.Certain ? FormSource.Rule : FormSource.Unsure);
}
