using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// The files staff really feed the tool, made by the tests: each gets a message naming the
/// file (and sheet, cell or template part) and saying what to do, never a stack trace.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static void NoStackTrace(CliRunner.Result result) =>
        Assert.DoesNotContain("   at ", result.Out + result.Error, StringComparison.Ordinal);

    // Register --------------------------------------------------------------------------------

    [Theory]
    [InlineData("random", "register.xlsx", "it is not an Excel workbook (it looks like binary data)", "save it as an Excel Workbook (.xlsx)")]
    [InlineData("xls", "register.xls", "legacy Excel 97-2003 workbook (.xls)", "save it as an Excel Workbook (.xlsx)")]
    [InlineData("csv", "register.xlsx", "plain text, for example CSV", "save it as an Excel Workbook (.xlsx)")]
    [InlineData("encrypted", "register.xlsx", "password-protected workbook", "remove the password")]
    [InlineData("empty", "register.xlsx", "the file is empty (0 bytes)", "take the workbook from its original place again")]
    [InlineData("zip", "register.xlsx", "a zip file but not an Excel workbook", "save it as an Excel Workbook (.xlsx)")]
    public void Files_that_are_not_workbooks(string kind, string name, string found, string advice)
    {
        var path = _temp.File(name);
        switch (kind)
        {
            case "random": File.WriteAllBytes(path, [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 7))]); break;
            // An .xls and an encrypted .xlsx are both OLE compound files; the signature is what the reader sees.
            case "xls" or "encrypted": File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]); break;
            case "csv": File.WriteAllText(path, "PersonId;SurnameEn\nP001;DOE\n"); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "zip":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) zip.CreateEntry("readme.txt");
                break;
        }

        var result = CliRunner.Run(_temp.Path, "validate", "--register", name, "--json");

        Assert.Equal(1, result.ExitCode);
        NoStackTrace(result);
        var problem = Assert.Single(JsonDocument.Parse(result.Out).RootElement.EnumerateArray());
        Assert.Equal(("RB002", name), (problem.GetProperty("id").GetString(), problem.GetProperty("file").GetString()));
        Assert.Contains(found, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(advice, problem.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generate_refuses_a_register_whose_events_sheet_was_cut_off_and_writes_nothing()
    {
        var sample = ZipParts.Read(RepoPaths.File("templates", "sample-register.xlsx"));
        var events = sample.SheetEntry("Events");
        sample.Edit(events, xml => xml[..xml.IndexOf("<x:row r=\"5\"", StringComparison.Ordinal)]).Save(_temp.File("register.xlsx"));

        var result = CliRunner.Run(_temp.Path, "generate", "-r", "register.xlsx", "--period", "2021-04-07", "--out", "out");

        Assert.Equal(1, result.ExitCode);
        NoStackTrace(result);
        Assert.Contains("register.xlsx", result.Out, StringComparison.Ordinal);
        Assert.Contains("sheet 'Events', row 4", result.Out, StringComparison.Ordinal);
        Assert.Contains("restore it from a backup", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")) && Directory.EnumerateFiles(_temp.File("out")).Any());
    }

    [Fact]
    public void A_workbook_with_no_sheet_we_know_names_the_sheets_expected()
    {
        new WorkbookBuilder().Sheet("Лист1", [["a", "b"]]).Save(_temp.File("other.xlsx"));

        var problems = Problems(CliRunner.Run(_temp.Path, "validate", "-r", "other.xlsx", "--json"));

        Assert.Contains(problems, p => p.Id == "RB003" && p.File == "other.xlsx" && p.Message.Contains("'Persons' (accepted names: Persons, Лица, Персоны)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Id == "RB003" && p.Message.Contains("'Events'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_column_is_named_with_its_sheet_and_accepted_headers()
    {
        new WorkbookBuilder().Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [["EventId", "PersonId", "Type"], ["E1", "P001", "verdict"]]).Save(_temp.File("r.xlsx"));

        var problem = Assert.Single(Problems(CliRunner.Run(_temp.Path, "validate", "-r", "r.xlsx", "--json")));

        Assert.Equal(("RB004", "r.xlsx", "Events"), (problem.Id, problem.File, problem.Sheet));
        Assert.Contains("no column 'Date' (accepted headers: Date, Дата)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_below_row_1_say_where_they_should_be()
    {
        new WorkbookBuilder().Sheet("Persons", [["Register of persons, 2021"], [], PersonsHeader, Person("P001")])
            .Sheet("Events", [EventsHeader]).Save(_temp.File("r.xlsx"));

        var problem = Assert.Single(Problems(CliRunner.Run(_temp.Path, "validate", "-r", "r.xlsx", "--json")));

        Assert.Equal(("RB005", "Persons", "A3"), (problem.Id, problem.Sheet, problem.Cell));
        Assert.Contains("in row 3, but they must be in row 1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Delete the rows above them, or turn the range into an Excel Table", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_empty_formatted_rows_after_the_data_are_ignored()
    {
        RegisterRows.Minimal().Save(_temp.File("r.xlsx"));
        using (var workbook = new XLWorkbook(_temp.File("r.xlsx")))
        {
            var range = workbook.Worksheet("Events").Range("A3:J10002");
            range.Style.Fill.BackgroundColor = XLColor.LightYellow;
            range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            workbook.Save();
        }

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "r.xlsx");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 persons, 1 events", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_of_40000_characters_is_a_located_warning()
    {
        // Excel stops typing at 32,767 characters, but other tools write more; ClosedXML refuses, so patch the XML.
        var path = new WorkbookBuilder().Sheet("Persons", [[.. PersonsHeader, "BackgroundEn"], [.. Person("P001"), "short"]])
            .Sheet("Events", [EventsHeader]).Save(_temp.File("long.xlsx"));
        XlsxPatch.InlineStringCell(path, "Persons", "I2", new string('x', 40_000));

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "long.xlsx", "--json");

        Assert.Equal(0, result.ExitCode);
        var problem = Assert.Single(Problems(result));
        Assert.Equal(("RB016", "warning", "Persons", "I2"), (problem.Id, problem.Severity, problem.Sheet, problem.Cell));
        Assert.Contains("40,000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_illegal_characters_are_dropped_and_drafts_stay_valid()
    {
        File.Copy(RepoPaths.File("appsettings.json"), _temp.File("appsettings.json"));
        CopyTemplates();
        var path = new WorkbookBuilder()
            .Sheet("Persons", [[.. PersonsHeader, "BackgroundEn"], [.. Person("P001"), "placeholder"]])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles)
            .Save(_temp.File("ctl.xlsx"));
        // Excel saves control characters as _xHHHH_ escapes.
        XlsxPatch.InlineStringCell(path, "Persons", "I2", "Bell_x0007_ and escape_x001B_ here");

        var result = CliRunner.Run(_temp.Path, "generate", "-r", "ctl.xlsx", "--period", "2021-04-07", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        var draft = _temp.File("out/bulletin-2021-04-07.en.docx");
        DocxValidation.AssertValid(draft);
        Assert.Contains("Bell and escape here", DocxText.Body(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_whose_result_was_never_saved_is_located()
    {
        var path = RegisterRows.Minimal().Save(_temp.File("f.xlsx"));
        XlsxPatch.FormulaCell(path, "Events", "C2", "TODAY()", cachedNumber: null);

        var problem = Assert.Single(Problems(CliRunner.Run(_temp.Path, "validate", "-r", "f.xlsx", "--json")));

        Assert.Equal(("RB015", "Events", "C2"), (problem.Id, problem.Sheet, problem.Cell));
        Assert.Contains("save it again", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_excel_lock_file_beside_the_register_is_ignored()
    {
        Directory.CreateDirectory(_temp.File("registers"));
        RegisterRows.Minimal().Save(_temp.File("registers/register.xlsx"));
        File.WriteAllBytes(_temp.File("registers/~$register.xlsx"), [0x0B, 0x41, 0x64, 0x6D]);

        Assert.Equal(0, CliRunner.Run(_temp.Path, "validate", "-r", "registers").ExitCode);
        Assert.Equal(0, CliRunner.Run(_temp.Path, "validate", "-r", "registers/*.xlsx").ExitCode);
    }

    // Templates -------------------------------------------------------------------------------

    [Theory]
    [InlineData("missing", "the file does not exist", "Check the template's path")]
    [InlineData("doc", "Word 97-2003 document (.doc)", "save it as a Word Document (.docx)")]
    [InlineData("corrupt", "the file is damaged: its zip structure is damaged", "save it again as a Word Document (.docx)")]
    public void Template_files_that_cannot_be_read(string kind, string found, string advice)
    {
        if (kind == "doc") File.WriteAllBytes(_temp.File("t.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        if (kind == "corrupt") File.WriteAllBytes(_temp.File("t.docx"), [(byte)'P', (byte)'K', 3, 4, .. Encoding.ASCII.GetBytes("truncated")]);
        File.WriteAllText(_temp.File("d.json"), "{}");

        var result = Render();

        Assert.Equal(1, result.ExitCode);
        NoStackTrace(result);
        Assert.Contains("T014", result.Out, StringComparison.Ordinal);
        Assert.Contains("t.docx", result.Out, StringComparison.Ordinal);
        Assert.Contains(found, result.Out, StringComparison.Ordinal);
        Assert.Contains(advice, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_with_tracked_changes_says_how_to_accept_them()
    {
        new DocxBuilder().Body(P("Fine"), P(new InsertedRun(R("{{name}}")) { Id = "1", Author = "Editor", Date = new DateTime(2021, 4, 1) })).Save(_temp.File("t.docx"));
        File.WriteAllText(_temp.File("d.json"), """{ "name": "x" }""");

        var result = Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("T012", result.Out, StringComparison.Ordinal);
        Assert.Contains("Accept All Changes", result.Out, StringComparison.Ordinal);
        Assert.Contains("body", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("o.docx")));
    }

    [Fact]
    public void A_tag_left_in_a_comment_is_reported_and_not_filled()
    {
        new DocxBuilder().Body(P("Hello {{name}}")).Save(_temp.File("t.docx"));
        using (var document = WordprocessingDocument.Open(_temp.File("t.docx"), true))
        {
            var part = document.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>();
            part.Comments = new Comments(new Comment(P("Use {{ person.city }} here?")) { Id = "0", Author = "Staff" });
        }
        File.WriteAllText(_temp.File("d.json"), """{ "name": "Dana" }""");

        var result = Render();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("T013", result.Out, StringComparison.Ordinal);
        Assert.Contains("tags in comments are not filled", result.Out, StringComparison.Ordinal);
        Assert.Equal("Hello Dana", DocxText.Body(_temp.File("o.docx")));
    }

    [Fact]
    public void A_tag_split_by_a_hyperlink_is_reported_with_its_paragraph()
    {
        new DocxBuilder().Body(P("Intro"), P(R("See {{na"), new Hyperlink(R("me}} online")) { Anchor = "top" })).Save(_temp.File("t.docx"));
        File.WriteAllText(_temp.File("d.json"), """{ "name": "the court record" }""");

        var result = Render();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("T015", result.Out, StringComparison.Ordinal);
        Assert.Contains("t.docx body paragraph 2 («See {{name}} online») {{name}}", result.Out, StringComparison.Ordinal);
        Assert.Contains("Retype the tag wholly inside or wholly outside", result.Out, StringComparison.Ordinal);
        Assert.Equal("Intro\nSee the court record online", DocxText.Body(_temp.File("o.docx")));
        DocxValidation.AssertValid(_temp.File("o.docx"));
    }

    // Output ----------------------------------------------------------------------------------

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_named()
    {
        CopyClone();
        File.WriteAllText(_temp.File("blocker"), "a file where a folder should be");

        var result = CliRunner.Run(_temp.Path, "generate", "--out", "blocker/drafts");

        Assert.Equal(1, result.ExitCode);
        NoStackTrace(result);
        Assert.Contains("Cannot write", result.Error, StringComparison.Ordinal);
        Assert.Contains("blocker", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_open_in_word_is_not_replaced_even_with_overwrite()
    {
        CopyClone();
        Directory.CreateDirectory(_temp.File("out"));
        var draft = _temp.File("out/bulletin-2021-W19.en.docx");
        File.WriteAllText(draft, "edited by an editor");
        File.SetAttributes(draft, FileAttributes.ReadOnly);

        var result = CliRunner.Run(_temp.Path, "generate", "--overwrite");

        File.SetAttributes(draft, FileAttributes.Normal);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("read-only or open in another program", result.Error, StringComparison.Ordinal);
        Assert.Equal("edited by an editor", File.ReadAllText(draft));
        Assert.Empty(Directory.GetFiles(_temp.File("out"), "*.tmp"));
    }

    [Fact]
    public void Languages_never_reach_file_paths_unchecked()
    {
        CopyClone();

        var result = CliRunner.Run(_temp.Path, "generate", "--lang", "../../etc/x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not supported", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    // Configuration -----------------------------------------------------------------------------

    [Fact]
    public void A_misspelt_key_gets_the_nearest_known_key()
    {
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Bulletin": { "OutputFolder": "out", "PeriodLenght": "day" } }""");

        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown configuration key Bulletin:PeriodLenght (set in appsettings.json). Did you mean Bulletin:PeriodLength?", result.Error, StringComparison.Ordinal);
    }

    // Helpers -----------------------------------------------------------------------------------

    private CliRunner.Result Render() => CliRunner.Run(_temp.Path, "render", "-t", "t.docx", "-d", "d.json", "-o", "o.docx");

    private void CopyTemplates() => CloneFolder.Prepare(_temp, withSettings: false);

    private void CopyClone() => CloneFolder.Prepare(_temp);

    private sealed record JsonProblem(string Id, string Severity, string File, string? Sheet, string? Cell, string Message);

    private static List<JsonProblem> Problems(CliRunner.Result result) =>
        [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(p => new JsonProblem(
            p.GetProperty("id").GetString()!, p.GetProperty("severity").GetString()!, p.GetProperty("file").GetString()!,
            p.GetProperty("sheet").GetString(), p.GetProperty("cell").GetString(), p.GetProperty("message").GetString()!))];

    [Fact]
    public void A_settings_file_saved_in_the_windows_code_page_is_named_with_its_line_and_the_fix()
    {
        // "C:/Users/Дана/register.xlsx" as Notepad's ANSI (Windows-1251) writes it: not UTF-8.
        var text = "{\n  \"Register\": {\n    \"Paths\": [ \"C:/Users/\u0414\u0430\u043D\u0430/register.xlsx\" ]\n  }\n}\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text).ToList();
        var cyrillic = System.Text.Encoding.UTF8.GetBytes("\u0414\u0430\u043D\u0430");
        var at = System.Text.Encoding.UTF8.GetBytes(text).AsSpan().IndexOf(cyrillic);
        bytes.RemoveRange(at, cyrillic.Length);
        bytes.InsertRange(at, new byte[] { 0xC4, 0xE0, 0xED, 0xE0 });
        File.WriteAllBytes(_temp.File("appsettings.json"), [.. bytes]);

        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        NoStackTrace(result);
        Assert.Contains("appsettings.json line 3: the file is not saved as UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Contains("set Encoding to UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_given_as_one_text_instead_of_a_list_says_to_write_a_list()
    {
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Register": { "Paths": "register.xlsx" } }""");

        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        NoStackTrace(result);
        Assert.Contains("Register:Paths must be a list in square brackets", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"Paths\": [ \"register.xlsx\" ]", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_path_in_the_settings_that_finds_nothing_names_the_settings_file()
    {
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Register": { "Paths": [ "registr.xlsx" ] } }""");

        var fromSettings = CliRunner.Run(_temp.Path, "validate");
        var fromCommandLine = CliRunner.Run(_temp.Path, "validate", "--register", "registr.xlsx");

        Assert.Equal((1, 1), (fromSettings.ExitCode, fromCommandLine.ExitCode));
        Assert.Contains("No register workbook matches 'registr.xlsx'", fromSettings.Out, StringComparison.Ordinal);
        Assert.Contains($"The path is Register:Paths in {_temp.File("appsettings.json")}: correct it there.", fromSettings.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Register:Paths in", fromCommandLine.Out, StringComparison.Ordinal);
    }
}
