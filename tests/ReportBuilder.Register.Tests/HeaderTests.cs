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
    public void A_misspelt_header_is_a_warning_naming_the_column_it_probably_is()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [["EventId", "PersonId", "Date", "Type", "Punishmnet", "TermMonth", "Notes", "JudgeGender"],
                ["E1", "P001", new DateTime(2021, 4, 7), "verdict", "fine", 12, "typed by Dana", "F"]])
            .Save(_temp.File("r.xlsx"));

        var problems = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default).Problems.Items;

        var typos = problems.Where(p => p.Id == "RB019").ToList();
        Assert.Equal([("E1", "Punishment"), ("F1", "TermMonths")], typos.Select(p => (p.Cell!, p.Message.Split("did you mean ")[1].Split('?')[0])));
        Assert.All(typos, p => Assert.Equal(Severity.Warning, p.Severity));
        Assert.Contains("Register:Sheets:Events:Columns:Punishment", typos[0].Message, StringComparison.Ordinal);
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
        var e = new ReportBuilder.Register.Excel.WorkbookUnreadableException("r.xlsx", "Access to the path '/x/r.xlsx' is denied.", "Check the path.");
        Assert.DoesNotContain("..", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", RegisterProblems.Unreadable("r.xlsx", "Access to the path is denied.", "Check the path.").Message, StringComparison.Ordinal);
    }
}
