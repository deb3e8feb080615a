using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests;

/// <summary>One workbook per year repeats reference rows: identical ones are one row, differing ones a conflict naming both places.</summary>
public sealed class YearlyWorkbooksTests : IDisposable
{
    private static readonly object?[][] Rates = [["Date", "Currency", "KztPerUnit"], [new DateTime(2021, 2, 4), "USD", 421.0]];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Year(string name, object?[] person, string eventId, DateTime date) => new WorkbookBuilder()
        .Sheet("Persons", [PersonsHeader, person])
        .Sheet("Events", [EventsHeader, Event(eventId, "P001", date)])
        .Sheet("Articles", Articles)
        .Sheet("Rates", Rates)
        .Save(_temp.File(name));

    [Fact]
    public void Identical_rows_in_two_workbooks_are_merged()
    {
        Year("2021.xlsx", Person("P001"), "E1", new DateTime(2021, 4, 7));
        Year("2022.xlsx", Person("P001"), "E2", new DateTime(2022, 3, 1));

        var loaded = RegisterLoader.Load(["*.xlsx"], _temp.Path, RegisterLayout.Default);

        Assert.Empty(loaded.Problems.Items);
        Assert.Single(loaded.Register.Persons);
        Assert.Single(loaded.Register.Articles);
        Assert.Single(loaded.Register.Rates);
        Assert.Equal(2, loaded.Register.Events.Count);
    }

    [Fact]
    public void Differing_rows_are_an_error_naming_both_places_and_the_columns()
    {
        Year("2021.xlsx", Person("P001", cityEn: "Almaty"), "E1", new DateTime(2021, 4, 7));
        Year("2022.xlsx", Person("P001", cityEn: "Almaty city"), "E2", new DateTime(2022, 3, 1));

        var loaded = RegisterLoader.Load(["*.xlsx"], _temp.Path, RegisterLayout.Default);

        var problem = Assert.Single(loaded.Problems.Items);
        Assert.Equal(("RB010", "2022.xlsx", "Persons", "A2"), (problem.Id, problem.File, problem.Sheet, problem.Cell));
        Assert.Contains("2021.xlsx Persons!A2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("CityEn 'Almaty' / 'Almaty city'", problem.Message, StringComparison.Ordinal);
    }
}
