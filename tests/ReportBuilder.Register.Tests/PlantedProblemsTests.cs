using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests;

/// <summary>A register with 20 planted problems across two workbooks: all 20 are reported, each at its cell.</summary>
public sealed class PlantedProblemsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reports_all_twenty_with_their_cells()
    {
        var date = new DateTime(2021, 4, 7);
        var bad = new WorkbookBuilder()
            .Sheet("Persons",
            [
                PersonsHeader,
                Person("P001"),
                Person("P002", surnameEn: ""),                    // 1 missing value B3
                Person("P003", gender: "X"),                      // 2 unknown gender F4
                Person("P001"),                                   // 3 duplicate A5
                Person("P004", cityEn: "Shu", cityRu: null),      // 4 missing translation H6 (warning)
                Person("P005"),                                   // 5 error cell E7 (patched below)
            ])
            .Sheet("Events",
            [
                EventsHeader,
                Event("E1", "P001", date),
                Event("E2", "P001", "31.02.2021"),                // 6 bad date C3
                Event("E3", "P001", date, type: "sentence"),      // 7 unknown type D4
                Event("E4", "P009", date),                        // 8 unknown person B5
                Event("E5", "P001", date, punishment: "prison"),  // 9 unknown punishment G6
                Event("E6", "P001", date, termMonths: "twelve"),  // 10 bad number H7
                Event("E7", "P001", date, fund: "lots"),          // 11 bad number I8
                Event("E8", "P001", date, publish: "maybe"),      // 12 unknown Publish J9
                Event("E1", "P001", date),                        // 13 duplicate A10
                Event("E10", "P001", date, article: "999", part: "1"), // 14 article without title E11 (warning)
                Event("E11", "P001", null),                       // 15 missing date C12
                Event("E12", "P001", date, type: ""),             // 16 missing type D13
                Event("E13", "P001", date, termMonths: 12.5),     // 17 not a whole number H14
                Event("E14", "P001", date),                       // 18 formula without value C15 (patched below)
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("bad.xlsx"));
        XlsxPatch.ErrorCell(bad, "Persons", "E7", "#N/A");
        XlsxPatch.FormulaCell(bad, "Events", "C15", "TODAY()", cachedNumber: null);
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P002")])    // 19 duplicate across workbooks
            .Sheet("Events", [EventsHeader, Event("E1", "P002", date)]) // 20 duplicate across workbooks
            .Save(_temp.File("second.xlsx"));

        var problems = RegisterLoader.Load(["bad.xlsx", "second.xlsx"], _temp.Path, RegisterLayout.Default).Problems.Items;

        var expected = new[]
        {
            ("RB006", "bad.xlsx Persons!B3"),
            ("RB009", "bad.xlsx Persons!F4"),
            ("RB010", "bad.xlsx Persons!A5"),
            ("RB013", "bad.xlsx Persons!H6"),
            ("RB014", "bad.xlsx Persons!E7"),
            ("RB007", "bad.xlsx Events!C3"),
            ("RB009", "bad.xlsx Events!D4"),
            ("RB011", "bad.xlsx Events!B5"),
            ("RB009", "bad.xlsx Events!G6"),
            ("RB008", "bad.xlsx Events!H7"),
            ("RB008", "bad.xlsx Events!I8"),
            ("RB009", "bad.xlsx Events!J9"),
            ("RB010", "bad.xlsx Events!A10"),
            ("RB012", "bad.xlsx Events!E11"),
            ("RB006", "bad.xlsx Events!C12"),
            ("RB006", "bad.xlsx Events!D13"),
            ("RB008", "bad.xlsx Events!H14"),
            ("RB015", "bad.xlsx Events!C15"),
            ("RB010", "second.xlsx Persons!A2"),
            ("RB010", "second.xlsx Events!A2"),
        };
        Assert.Equal(expected.Order(), problems.Select(p => (p.Id, p.Location)).Order());

        var crossWorkbook = problems.Single(p => p.Location == "second.xlsx Events!A2");
        Assert.Contains("bad.xlsx Events!A2", crossWorkbook.Message, StringComparison.Ordinal);
        Assert.Contains("second.xlsx Events!A2", crossWorkbook.Message, StringComparison.Ordinal);
        var badDate = problems.Single(p => p.Id == "RB007");
        Assert.Equal("31.02.2021", badDate.Value);
        Assert.Contains("expected a date", badDate.Message, StringComparison.Ordinal);
        Assert.Equal(2, problems.Count(p => p.Severity == ReportBuilder.Problems.Severity.Warning));
    }
}
