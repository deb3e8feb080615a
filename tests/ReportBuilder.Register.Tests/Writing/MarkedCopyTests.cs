using ReportBuilder.Problems;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests.Writing;

/// <summary>Check register's marked copy, made by adding to the validated package.</summary>
public sealed class MarkedCopyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A register with an error on a typed cell, an error on a cell never typed, and a warning.</summary>
    private byte[] Broken(Action<IXLWorksheet>? persons = null, Action<IXLWorksheet>? articles = null)
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X"), Person("P002")], persons)
            .Sheet("Events", [EventsHeader, Event("E1", "P001", "not a date"), Event("E2", null!, new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles, articles)
            .Save(_temp.File("register.xlsx"));
        return File.ReadAllBytes(path);
    }

    private static RegisterLoadResult Load(byte[] workbook) =>
        RegisterLoader.Load([new WorkbookBytes("register.xlsx", workbook)], RegisterLayout.Default);

    [Fact]
    public void Every_problem_is_marked_on_its_cell_and_listed_first_with_a_link_to_it()
    {
        // Staff left two tabs selected (grouped): edits in the copy must not reach them unnoticed.
        var original = Broken(persons: sheet => sheet.TabSelected = true, articles: sheet => sheet.TabSelected = true);
        var problems = Load(original).Problems.Items;
        Assert.Contains(problems, p => p is { Sheet: "Events", Cell: "C2" });   // typed: "not a date"
        Assert.Contains(problems, p => p is { Sheet: "Events", Cell: "B3" });   // never typed: no <c> in the file

        var copy = MarkedCopyCheck.WriteAndCheck(original, "/data/register.xlsx", problems);

        using var workbook = new XLWorkbook(new MemoryStream(copy));
        var list = workbook.Worksheet(1);
        Assert.Equal("Problems", list.Name);
        Assert.True(list.TabActive);
        Assert.All(workbook.Worksheets.Skip(1), sheet => Assert.False(sheet.TabSelected, sheet.Name));
        Assert.Single(ZipParts.Read(copy).Names, name => ZipParts.Read(copy).Text(name).Contains("tabSelected=\"1\"", StringComparison.Ordinal));
        Assert.Contains("make them in the register itself, /data/register.xlsx", list.Cell("A1").GetString(), StringComparison.Ordinal);
        Assert.Contains("вносите их в сам реестр, /data/register.xlsx", list.Cell("A2").GetString(), StringComparison.Ordinal);
        for (var i = 0; i < problems.Count; i++)
        {
            var row = list.Row(5 + i);
            Assert.Equal(problems[i].Id, row.Cell(2).GetString());
            Assert.Equal(problems[i].Message, row.Cell(5).GetString());
            if (problems[i].Cell is { } cell)
                Assert.Equal($"'{problems[i].Sheet}'!{cell}", row.Cell(3).Hyperlink.InternalAddress);
        }
        foreach (var problem in problems.Where(p => p.Cell is not null))
        {
            var cell = workbook.Worksheet(problem.Sheet).Cell(problem.Cell);
            Assert.Contains($"{problem.Id}: {problem.Message}", cell.Comment.Text, StringComparison.Ordinal);
            var expected = problems.Any(p => p.Cell == problem.Cell && p.Sheet == problem.Sheet && p.Severity == Severity.Error) ? "FFFFC7CE" : "FFFFEB9C";
            Assert.Equal(expected, cell.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_marked_cell_keeps_its_format_and_a_comment_staff_wrote_keeps_its_text()
    {
        var original = Broken(persons: sheet =>
        {
            sheet.Cell("F2").Style.Font.Italic = true;
            sheet.Cell("F2").Comment.AddText("asked the family");
            sheet.Cell("A3").Comment.AddText("second source needed");
        });
        var problems = Load(original).Problems.Items;
        Assert.Contains(problems, p => p is { Sheet: "Persons", Cell: "F2" });

        var copy = MarkedCopyCheck.WriteAndCheck(original, "register.xlsx", problems);

        using var workbook = new XLWorkbook(new MemoryStream(copy));
        var persons = workbook.Worksheet("Persons");
        Assert.True(persons.Cell("F2").Style.Font.Italic);
        Assert.StartsWith("asked the family", persons.Cell("F2").Comment.Text, StringComparison.Ordinal);
        Assert.Contains("RB0", persons.Cell("F2").Comment.Text, StringComparison.Ordinal);
        Assert.Equal("second source needed", persons.Cell("A3").Comment.Text);
        // The date column keeps its date format where it was marked; its value reads back as a date.
        Assert.Equal(Load(original).Register.Persons.Count, Load(copy).Register.Persons.Count);
    }

    [Fact]
    public void A_workbook_without_a_styles_part_gets_one()
    {
        var original = Broken();
        var stripped = WithoutStyles(original);
        var problems = Load(stripped).Problems.Items;

        var copy = MarkedCopyCheck.WriteAndCheck(stripped, "register.xlsx", problems, validate: false);

        using var zip = new ZipArchive(new MemoryStream(copy));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/styles1.xml");
        using var workbook = new XLWorkbook(new MemoryStream(copy));
        Assert.Equal("Problems", workbook.Worksheet(1).Name);
    }

    [Fact]
    public void A_sheet_already_named_Problems_keeps_its_name()
    {
        var path = new WorkbookBuilder()
            .Sheet("problems", [["my own notes"]])
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles)
            .Save(_temp.File("named.xlsx"));
        var original = File.ReadAllBytes(path);

        var copy = MarkedCopyCheck.WriteAndCheck(original, "named.xlsx", Load(original).Problems.Items);

        using var workbook = new XLWorkbook(new MemoryStream(copy));
        Assert.Equal(["Problems (2)", "problems", "Persons", "Events", "Articles"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal("my own notes", workbook.Worksheet("problems").Cell("A1").GetString());
    }

    /// <summary>The workbook with its styles part, and every reference to it, removed (as minimal writers save).</summary>
    private static byte[] WithoutStyles(byte[] workbook)
    {
        var parts = ZipParts.Read(workbook).Remove("xl/styles.xml")
            .Edit("xl/_rels/workbook.xml.rels", xml => Regex.Replace(xml, "<Relationship [^>]*styles\"[^>]*/>", ""));
        foreach (var name in parts.Names.Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
            parts.Edit(name, xml => Regex.Replace(xml, " (s|style)=\"\\d+\"", ""));
        return parts.ToBytes();
    }
}
