using ClosedXML.Excel;
using ReportBuilder.Register.Excel;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Register.Tests.Excel;

/// <summary>The reader on real files with what real registers contain.</summary>
public sealed class WorkbookReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private RawSheet ReadSheet(string path, string sheet) => WorkbookReader.Read(path).Sheets.Single(s => s.Name == sheet);

    [Fact]
    public void Reads_text_numbers_dates_and_skips_blank_rows_but_not_hidden_ones()
    {
        var path = new WorkbookBuilder().Sheet("S",
        [
            ["Text", "Number", "Date"],
            ["a", 42.5, new DateTime(2021, 4, 7)],
            [null, null, null],
            ["hidden", 1, null],
            ["last", 2, null],
        ], s => s.Row(4).Hide()).Save(_temp.File("a.xlsx"));

        var sheet = ReadSheet(path, "S");

        Assert.Equal([1, 2, 4, 5], sheet.Rows.Select(r => r.Number));
        Assert.Equal("a", sheet.Rows[1][0].Text);
        Assert.Equal(CellKind.Number, sheet.Rows[1][1].Kind);
        Assert.Equal(42.5, sheet.Rows[1][1].Number);
        Assert.Equal(CellKind.Date, sheet.Rows[1][2].Kind);
        Assert.Equal(new DateTime(2021, 4, 7), DateTime.FromOADate(sheet.Rows[1][2].Number));
        Assert.Equal("hidden", sheet.Rows[2][0].Text);
    }

    [Fact]
    public void Uses_cached_formula_results_and_reports_missing_ones_and_errors()
    {
        var path = new WorkbookBuilder().Sheet("S", [["A", "B", "C", "D"], ["x", null, null, null]]).Save(_temp.File("f.xlsx"));
        XlsxPatch.FormulaCell(path, "S", "B2", "1+2", "3");
        XlsxPatch.FormulaTextCell(path, "S", "C2", "\"a\"&\"b\"", "ab");
        XlsxPatch.FormulaCell(path, "S", "D2", "1+2", cachedNumber: null);
        XlsxPatch.ErrorCell(path, "S", "E2", "#N/A");

        var row = ReadSheet(path, "S").Rows[1];

        Assert.Equal(new RawCell(CellKind.Number, null, 3), row[1]);
        Assert.Equal(new RawCell(CellKind.Text, "ab", 0), row[2]);
        Assert.Equal(CellKind.FormulaWithoutValue, row[3].Kind);
        Assert.Equal(new RawCell(CellKind.Error, "#N/A", 0), row[4]);
    }

    [Fact]
    public void Reads_inline_strings_and_cleans_them()
    {
        var path = new WorkbookBuilder().Sheet("S", [["A"], ["x"]]).Save(_temp.File("i.xlsx"));
        XlsxPatch.InlineStringCell(path, "S", "B2", "  inline\u00A0text_x0001_ ");

        Assert.Equal("inline text", ReadSheet(path, "S").Rows[1][1].Text);
    }

    [Fact]
    public void An_inline_string_is_unescaped_once_so_a_literal_escape_stays_literal()
    {
        // Excel writes the text "_x0041_" as "_x005F_x0041_"; unescaped twice it would become "A".
        var path = new WorkbookBuilder().Sheet("S", [["A"], ["x"]]).Save(_temp.File("e.xlsx"));
        XlsxPatch.InlineStringCell(path, "S", "B2", "code _x005F_x0041_");

        Assert.Equal("code _x0041_", ReadSheet(path, "S").Rows[1][1].Text);
    }

    [Fact]
    public void Honours_the_1904_date_system()
    {
        // Serial 0 in 1904 is 1 Jan 1904; the same stored number means a day 1462 days later than in 1900.
        var path = new WorkbookBuilder().Sheet("S", [["Date"], [new DateTime(2021, 4, 7)]]).Save(_temp.File("d.xlsx"));
        XlsxPatch.Use1904(path);

        var cell = ReadSheet(path, "S").Rows[1][0];

        Assert.Equal(new DateTime(2021, 4, 7).AddDays(1462), DateTime.FromOADate(cell.Number));
    }

    [Fact]
    public void Fills_merged_cells_with_the_top_left_value()
    {
        var path = new WorkbookBuilder().Sheet("S",
        [
            ["Person", "Event"],
            ["P001", "E1"],
            [null, "E2"],
        ], s => s.Range("A2:A3").Merge()).Save(_temp.File("m.xlsx"));

        var rows = ReadSheet(path, "S").Rows;

        Assert.Equal("P001", rows[1][0].Text);
        Assert.Equal("P001", rows[2][0].Text);
    }

    [Fact]
    public void Reports_excel_tables_with_their_range()
    {
        var path = new WorkbookBuilder().Sheet("S",
        [
            ["Title of the sheet"],
            [],
            [null, "H1", "H2"],
            [null, "a", "b"],
        ], s => s.Range("B3:C4").CreateTable("Register")).Save(_temp.File("t.xlsx"));

        var table = Assert.Single(ReadSheet(path, "S").Tables);

        Assert.Equal("Register", table.Name);
        Assert.Equal(new CellRange(3, 2, 4, 3), table.Range);
        Assert.True(table.HasHeaderRow);
    }

    [Fact]
    public void Reads_a_workbook_that_another_program_holds_open_for_writing_and_leaves_it_unchanged()
    {
        var path = RegisterRows.Minimal().Save(_temp.File("open.xlsx"));
        var before = File.ReadAllBytes(path);
        var stamp = File.GetLastWriteTimeUtc(path);

        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            Assert.NotEmpty(WorkbookReader.Read(path).Sheets);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData("empty", "the file is empty")]
    [InlineData("csv", "plain text, for example CSV")]
    [InlineData("ole", "legacy Excel 97-2003 workbook (.xls) or a password-protected workbook")]
    [InlineData("zip", "not an Excel workbook")]
    public void Names_what_a_file_is_when_it_is_not_a_workbook(string kind, string expected)
    {
        var path = _temp.File("bad.xlsx");
        switch (kind)
        {
            case "empty": File.WriteAllBytes(path, []); break;
            case "csv": File.WriteAllText(path, "PersonId,Surname\nP001,DOE\n"); break;
            case "ole": File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]); break;
            case "zip":
                using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
                    zip.CreateEntry("hello.txt");
                break;
        }

        var e = Assert.Throws<WorkbookUnreadableException>(() => WorkbookReader.Read(path));

        Assert.Equal("bad.xlsx", e.File);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
