using ReportBuilder.Problems;
using System.Text;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests;

/// <summary>
/// Registers as staff's tools save them: rows below an Excel Table, formulas saved without a
/// result, merges across and down columns, look-alike letters. Each is read as the person who
/// typed it meant, or named at its cell; never read as a smaller or different register.
/// </summary>
public sealed class StaffFilesTests : IDisposable
{
    private static readonly DateTime Day = new(2021, 4, 7);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private RegisterLoadResult Load(string path) => RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);

    private static object?[] EventWithDetails(string id, string? detailsEn, string? detailsRu) =>
        [.. Event(id, "P001", Day), detailsEn, detailsRu];

    private static readonly object?[] EventsWithDetailsHeader = [.. EventsHeader, "DetailsEn", "DetailsRu"];

    [Fact]
    public void Rows_typed_below_an_excel_table_and_past_a_blank_row_are_read()
    {
        // The table covers the header and one row, as init makes it and LibreOffice leaves it.
        var path = Register([EventsHeader, Event("E1", "P001", Day), Event("E2", "P001", Day), [], Event("E3", "P001", Day)],
            sheet => sheet.Range("A1:J2").CreateTable("EventsTable"));
        var loaded = Load(path);
        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        Assert.Equal(["E1", "E2", "E3"], loaded.Register.Events.Select(e => e.Id));
        Assert.Contains(loaded.Register.SheetsRead, s => s is { Sheet: "Events", Rows: 3 });
    }

    /// <summary>A register of one person with these Events rows.</summary>
    private string Register(object?[][] events, Action<ClosedXML.Excel.IXLWorksheet>? customise = null) =>
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", events, customise)
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));

    [Theory]
    [InlineData("<x:v></x:v>")]
    [InlineData("<x:v />")]
    [InlineData("")]
    public void A_formula_saved_without_its_result_is_RB015_at_its_cell_however_the_empty_value_is_written(string emptyValue)
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day)]);
        XlsxPatch.FormulaCell(path, "Events", "H2", "6*2", "0");
        var parts = ZipParts.Read(path);
        var sheet = parts.SheetEntry("Events");
        parts.Edit(sheet, xml => System.Text.RegularExpressions.Regex.Replace(xml, "(<x:c r=\"H2\"[^>]*><x:f>6\\*2</x:f>)<x:v>0</x:v>",
            "${1}" + emptyValue, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))).Save(path);
        Assert.Contains("6*2</x:f>" + emptyValue + "</x:c>", ZipParts.Read(path).Text(sheet), StringComparison.Ordinal);
        var problem = Assert.Single(Load(path).Problems.Items);
        Assert.Equal(("RB015", "Events", "H2"), (problem.Id, problem.Sheet, problem.Cell));
    }

    [Fact]
    public void A_formula_whose_text_result_is_empty_is_an_empty_cell()
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day)]);
        XlsxPatch.FormulaTextCell(path, "Events", "H2", "\"\"", "");
        var loaded = Load(path);
        Assert.Empty(loaded.Problems.Items);
        Assert.Null(loaded.Register.Events[0].TermMonths);
    }

    [Fact]
    public void A_merge_across_two_languages_gives_its_value_to_the_first_column_only_with_a_warning_at_the_cell()
    {
        var path = Register([EventsWithDetailsHeader, EventWithDetails("E1", "Held for a post.", null)],
            sheet => sheet.Range("K2:L2").Merge());
        var loaded = Load(path);
        var evt = Assert.Single(loaded.Register.Events);
        Assert.Equal("Held for a post.", evt.DetailsEn);
        Assert.Null(evt.DetailsRu);
        var warning = Assert.Single(loaded.Problems.Items, p => p.Id == "RB020");
        Assert.Equal(("Events", "K2", Severity.Warning), (warning.Sheet, warning.Cell, warning.Severity));
        Assert.Contains("DetailsEn, DetailsRu", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_down_a_column_fills_the_rows_below_that_hold_data()
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day), Event("E2", null!, Day), Event("E3", null!, Day)],
            sheet => sheet.Range("B2:B4").Merge());
        var loaded = Load(path);
        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        Assert.Equal(["P001", "P001", "P001"], loaded.Register.Events.Select(e => e.PersonId));
    }

    [Fact]
    public void A_merge_down_a_whole_column_from_a_date_adds_no_rows_and_no_problems()
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day)]);
        var parts = ZipParts.Read(path);
        var sheet = parts.SheetEntry("Events");
        parts.Edit(sheet, xml => xml.Replace("</x:sheetData>", "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"C2:C1048576\" /></x:mergeCells>",
            StringComparison.Ordinal)).Save(path);
        var loaded = Load(path);
        Assert.Empty(loaded.Problems.Items);
        Assert.Single(loaded.Register.Events);
    }

    [Fact]
    public void A_person_id_typed_with_a_cyrillic_letter_names_the_letter_and_the_id_meant()
    {
        var path = Register([EventsHeader, Event("E1", "Р001", Day)]); // Cyrillic Р
        var problem = Assert.Single(Load(path).Problems.Items);
        Assert.Equal(("RB011", "B2"), (problem.Id, problem.Cell));
        Assert.Contains("'Р' is a Cyrillic letter where P001 has the Latin 'P'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_typed_with_a_cyrillic_letter_names_the_letter_and_the_value_meant()
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day, type: "аppeal")]); // Cyrillic а
        var problem = Assert.Single(Load(path).Problems.Items);
        Assert.Equal(("RB009", "D2"), (problem.Id, problem.Cell));
        Assert.Contains("'а' is a Cyrillic letter where appeal has the Latin 'a'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Retype it as appeal", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_typed_with_a_cyrillic_letter_names_the_letter_and_the_column_meant()
    {
        object?[] header = [.. EventsHeader];
        header[Array.IndexOf(header, "Punishment")] = "Рunishment"; // Cyrillic Р
        var path = Register([[.. header], Event("E1", "P001", Day)]);
        var problem = Assert.Single(Load(path).Problems.Items);
        Assert.Equal(("RB019", "G1"), (problem.Id, problem.Cell));
        Assert.Contains("'Р' is a Cyrillic letter where Punishment has the Latin 'P'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_text_longer_than_the_reader_takes_is_refused_with_the_limit()
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day)]);
        XlsxPatch.InlineStringCell(path, "Events", "K2", new string('x', 1_000_001));
        var problem = Assert.Single(Load(path).Problems.Items);
        Assert.Equal(("RB002", "Events"), (problem.Id, problem.Sheet));
        Assert.Contains("larger than ReportBuilder reads", problem.Message, StringComparison.Ordinal);
        Assert.Contains("1,000,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_inflates_like_a_zip_bomb_is_refused_before_it_is_inflated()
    {
        var path = Register([EventsHeader, Event("E1", "P001", Day)]);
        var parts = ZipParts.Read(path);
        var sheet = parts.SheetEntry("Events");
        // 40 MB of spaces compress about a thousand times: no register does that.
        var padded = new StringBuilder(parts.Text(sheet)).Append(' ', 40 << 20).ToString();
        parts.SetText(sheet, padded).Save(path);
        var problem = Assert.Single(Load(path).Problems.Items);
        Assert.Equal(("RB002", "Events"), (problem.Id, problem.Sheet));
        Assert.Contains("zip bomb", problem.Message, StringComparison.Ordinal);
    }
}
