using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// A register of 210 persons and 47 judges written for scoring the Russian rules, with names,
/// towns and descriptions no other test uses (HeldOut/*.tsv), and the forms they should take
/// from a source independent of the engine: petrovich and lvovich run by
/// HeldOut/expected-forms.mjs, corrected by hand where a library is wrong (corrections.tsv,
/// each with why); descriptions' genitives and judges' genders are written by hand.
/// </summary>
internal static class HeldOutRegister
{
    private static string Folder => RepoPaths.File("tests", "ReportBuilder.Bulletins.Tests", "ru", "HeldOut");

    public sealed record HeldOutPerson(string Id, string Given, string Surname, string Gender, string Town, string Description, string DescriptionGenitive);

    public sealed record HeldOutJudge(string Name, string Gender);

    /// <summary>One expected form: "person"/"place"/"description"/"judge", the nominative, the form (genitive …, gender) and its text.</summary>
    public sealed record ExpectedForm(string Kind, string Nominative, string Form, string Text);

    public static IReadOnlyList<HeldOutPerson> Persons =>
        [.. Rows("persons.tsv").Select(r => new HeldOutPerson(r[0], r[1], r[2], r[3], r[4], r[5], r[6]))];

    public static IReadOnlyList<HeldOutJudge> Judges => [.. Rows("judges.tsv").Select(r => new HeldOutJudge(r[0], r[1]))];

    public static IReadOnlyList<ExpectedForm> Expected =>
    [
        .. Rows("expected-forms.tsv").Select(r => new ExpectedForm(r[0], r[1], r[2], r[3])),
        .. Persons.DistinctBy(p => p.Description).Select(p => new ExpectedForm("description", p.Description, "genitive", p.DescriptionGenitive)),
        .. Judges.Select(j => new ExpectedForm("judge", j.Name, "gender", j.Gender == "F" ? "female" : "male")),
    ];

    /// <summary>
    /// The register as staff would type it, nominatives only: one event per person in March 2023,
    /// so that the Russian draft prints names in the nominative (a verdict whose judge bans social
    /// media, with «запретил(а)» and the dative), the genitive (a search, a pre-trial restriction).
    /// </summary>
    public static string Save(string folder)
    {
        var judges = Judges;
        var persons = Persons;
        var events = persons.Select((p, i) => new object?[]
        {
            $"E{i + 1:000}", p.Id, new DateTime(2023, 3, 1).AddDays(i % 28), (i % 3) switch { 0 => "verdict", 1 => "search", _ => "pretrial-restriction" },
            "405", "2", i % 3 == 0 ? "deprivation-of-liberty" : null, i % 3 == 0 ? 12 + i % 5 * 12 : null, i % 3 == 0 ? 3 : null,
            judges[i % judges.Count].Name,
        });
        return new WorkbookBuilder()
            .Sheet("Persons",
            [
                ["PersonId", "SurnameEn", "GivenNameEn", "SurnameRu", "GivenNameRu", "Gender", "CityEn", "CityRu", "DescriptionEn", "DescriptionRu"],
                .. persons.Select(p => new object?[] { p.Id, "HELDOUT", p.Id, p.Surname, p.Given, p.Gender, "Town", p.Town, "activist", p.Description }),
            ])
            .Sheet("Events", [["EventId", "PersonId", "Date", "Type", "Article", "Part", "Punishment", "TermMonths", "SocialMediaBanYears", "JudgeRu"], .. events])
            .Sheet("Articles", RegisterRows.Articles)
            .Save(Path.Combine(folder, "held-out.xlsx"));
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Folder, file)).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));
}
