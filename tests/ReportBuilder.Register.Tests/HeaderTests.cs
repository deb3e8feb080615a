using ReportBuilder.Problems;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests;

/// <summary>Headers as staff type them: Russian names work out of the box, a typo of a column is a warning naming it.</summary>
public sealed class HeaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_misspelt_header_above_data_is_an_error_naming_the_header_its_column_and_the_name_meant()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [["EventId", "PersonId", "Date", "Type", "Punishmnet", "TermMonth", "Notes", "JudgeGender", "Artcle"],
                ["E1", "P001", new DateTime(2021, 4, 7), "verdict", "fine", 12, "typed by Dana", "F", null]])
            .Save(_temp.File("r.xlsx"));

        var problems = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default).Problems.Items;

        // Data under a misspelt header would be dropped: an error, one per header.
        var dropped = problems.Where(p => p.Id == "RB021").ToList();
        Assert.Equal([("E1", "Punishmnet"), ("F1", "TermMonth")], dropped.Select(p => (p.Cell!, p.Value!)));
        Assert.All(dropped, p => Assert.Equal(Severity.Error, p.Severity));
        Assert.Contains("The header 'Punishmnet' (column E) is not a column ReportBuilder reads, but it holds data and the sheet has no Punishment column", dropped[0].Message, StringComparison.Ordinal);
        Assert.Contains("Rename the header to TermMonths.", dropped[1].Message, StringComparison.Ordinal);
        // An empty column under a misspelt header loses nothing: a warning with the name meant.
        var empty = Assert.Single(problems, p => p.Id == "RB019");
        Assert.Equal(("I1", Severity.Warning), (empty.Cell, empty.Severity));
        Assert.Contains("did you mean Article?", empty.Message, StringComparison.Ordinal);
        Assert.Contains("Register:Sheets:Events:Columns:Article", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Russian_headers_of_the_documented_columns_work_without_configuration()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [["Код события", "Код лица", "Дата", "Тип", "Статья", "Часть", "Наказание", "Срок (мес.)"],
                ["E1", "P001", new DateTime(2021, 4, 7), "verdict", "405", "2", "restriction-of-liberty", 12]])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));

        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);

        Assert.Empty(loaded.Problems.Items);
        var e = Assert.Single(loaded.Register.Events);
        Assert.Equal(("405", "2", 12), (e.Article, e.Part, e.TermMonths));
    }

    [Fact]
    public void A_system_message_ending_in_a_full_stop_is_not_followed_by_a_second_one()
    {
        // A folder where a workbook was expected: the runtime's own message ("Access to the path … is denied.") ends in a full stop.
        var folder = Directory.CreateTempSubdirectory("rb-folder-").FullName;
        try
        {
            var e = Assert.Throws<ReportBuilder.Register.Excel.WorkbookUnreadableException>(() => ReportBuilder.Register.Excel.WorkbookReader.ReadBytes(folder, "r.xlsx"));
            var problem = RegisterProblems.Unreadable(e.File, e.Found, e.Hint);
            Assert.Contains("Check the path", problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("..", problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("..", problem.Text(UiLanguage.Russian), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
