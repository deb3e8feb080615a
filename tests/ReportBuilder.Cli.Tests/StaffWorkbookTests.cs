using ClosedXML.Excel;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Cli.Tests;

/// <summary>The Excel side for staff: a blank register to start from, and a register annotated with its problems.</summary>
public sealed class StaffWorkbookTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void New_register_never_replaces_a_file_it_numbers_the_next_one()
    {
        var first = CliRunner.Run(_temp.Path, "init", "--out", "New register.xlsx", "--numbered");
        var second = CliRunner.Run(_temp.Path, "init", "--out", "New register.xlsx", "--numbered");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains(_temp.File("New register (2).xlsx"), second.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(_temp.File("New register.xlsx")).Length, File.ReadAllBytes(_temp.File("New register (2).xlsx")).Length);
        Assert.Equal(0, CliRunner.Run(_temp.Path, "validate", "-r", "New register (2).xlsx").ExitCode);
    }

    [Fact]
    public void Init_writes_a_blank_register_with_tables_lists_validation_and_help_and_never_replaces_a_file()
    {
        var first = CliRunner.Run(_temp.Path, "init", "--out", "register.xlsx");
        var again = CliRunner.Run(_temp.Path, "init", "--out", "register.xlsx");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        // The hint names no option that does not exist: init never replaces a file.
        Assert.DoesNotContain("--overwrite", again.Error, StringComparison.Ordinal);
        Assert.Contains("choose another name with --out", again.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_temp.Path, "register.xlsx"), first.Out, StringComparison.Ordinal);
        // Column styles, not thousands of pre-styled empty cells: the blank register's sheets stay small.
        using (var zip = System.IO.Compression.ZipFile.OpenRead(_temp.File("register.xlsx")))
        {
            var sheetBytes = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Sum(e => e.Length);
            Assert.True(sheetBytes < 200_000, $"{sheetBytes:N0} bytes of sheet XML");
        }
        using var workbook = new XLWorkbook(_temp.File("register.xlsx"));
        Assert.Equal(["Instructions", "Persons", "Events", "Articles", "Context", "Rates", "Forms"], workbook.Worksheets.Select(w => w.Name));
        var events = workbook.Worksheet("Events");
        Assert.Equal("EventsTable", Assert.Single(events.Tables).Name);
        Assert.Equal(1, events.SheetView.SplitRow);
        Assert.True(events.Row(1).Style.Font.Bold);
        // Dates show as dates in any row staff type into, through the column's style.
        Assert.Equal("dd.mm.yyyy", events.Column(3).Style.NumberFormat.Format);
        Assert.Equal("dd.mm.yyyy", events.Cell("C4000").Style.NumberFormat.Format);

        string ListOf(IXLWorksheet sheet, string cell) => sheet.Cell(cell).DataValidation.Value;
        Assert.Contains("verdict", ListOf(events, "D2"), StringComparison.Ordinal);                       // Type
        Assert.Contains("restriction-of-liberty", ListOf(events, "K100"), StringComparison.Ordinal);     // Punishment
        Assert.Equal("\"Y,N\"", ListOf(events, "W2"));                                                   // Publish
        Assert.Contains("Persons", ListOf(events, "B2"), StringComparison.Ordinal);                       // PersonId from Persons
        Assert.Equal("\"M,F,м,ж\"", ListOf(workbook.Worksheet("Persons"), "F2"));                         // Gender
        Assert.Equal(XLAllowedValues.Date, events.Cell("C2").DataValidation.AllowedValues);               // Date
        Assert.Equal(XLAllowedValues.WholeNumber, events.Cell("L2").DataValidation.AllowedValues);       // TermMonths
        Assert.Equal(XLAllowedValues.Decimal, events.Cell("R2").DataValidation.AllowedValues);           // FundPaymentKzt
        var help = events.Cell("C1").DataValidation.InputMessage;
        Assert.Contains("Date, e.g. 07.04.2021.", help, StringComparison.Ordinal);
        Assert.Contains("Дата, например 07.04.2021.", help, StringComparison.Ordinal);
        Assert.Contains("Реестр", workbook.Worksheet("Instructions").Cell("A1").GetString(), StringComparison.Ordinal);

        var validate = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx");
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Annotate_marks_every_problem_on_its_cell_lists_them_with_links_and_leaves_the_original_alone()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X"), Person("P002", surnameEn: "=HYPERLINK(\"http://x\")")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", "31.02.2021"), Event("E2", "P001", new DateTime(2021, 4, 7), article: "999")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        var before = File.ReadAllBytes(_temp.File("register.xlsx"));

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "checked.xlsx");
        // Again: refused with the hint to pass --overwrite, which exists and replaces the copy.
        var again = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "checked.xlsx");
        var replaced = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "checked.xlsx", "--overwrite");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--overwrite", again.Error, StringComparison.Ordinal);
        Assert.Contains("Wrote " + Path.Combine(_temp.Path, "checked.xlsx"), replaced.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_temp.File("register.xlsx")));
        using var workbook = new XLWorkbook(_temp.File("checked.xlsx"));
        var gender = workbook.Worksheet("Persons").Cell("F2");
        Assert.Equal(XLColor.FromHtml("#FFC7CE"), gender.Style.Fill.BackgroundColor);
        Assert.Contains("RB009", gender.Comment.Text, StringComparison.Ordinal);
        var date = workbook.Worksheet("Events").Cell("C2");
        Assert.Contains("expected a date", date.Comment.Text, StringComparison.Ordinal);
        var article = workbook.Worksheet("Events").Cell("E3");
        Assert.Equal(XLColor.FromHtml("#FFEB9C"), article.Style.Fill.BackgroundColor);

        var problems = workbook.Worksheet(1);
        Assert.Equal("Problems", problems.Name);
        // The first sheet says, in both languages, that corrections belong in the register itself.
        Assert.Contains("make them in the register itself, " + _temp.File("register.xlsx"), problems.Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.Contains("вносите их в сам реестр", problems.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(["Severity", "Id", "Where", "Value found", "Problem"], Enumerable.Range(1, 5).Select(c => problems.Cell(4, c).GetString()));
        var rows = problems.RowsUsed().Skip(3).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(r.Cell(3).HasHyperlink));
        Assert.Contains(rows, r => r.Cell(3).GetString() == "register.xlsx Persons!F2" && r.Cell(3).Hyperlink.InternalAddress == "'Persons'!F2");
        // The register's formula-like text stays text in the copy.
        Assert.False(workbook.Worksheet("Persons").Cell("B3").HasFormula);
        Assert.All(problems.CellsUsed(), c => Assert.False(c.HasFormula));
    }

    [Fact]
    public void Annotate_refuses_to_write_over_the_register()
    {
        RegisterRows.Minimal().Save(_temp.File("register.xlsx"));

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "register.xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not the register itself", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_launcher_writes_a_marked_copy_beside_the_register_and_replaces_an_earlier_one()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Register": { "Paths": [ "register.xlsx" ] } }""");
        var before = File.ReadAllBytes(_temp.File("register.xlsx"));

        var first = CliRunner.Run(_temp.Path, "validate", "--annotate-beside");
        var again = CliRunner.Run(_temp.Path, "validate", "--annotate-beside");

        Assert.Equal((1, 1), (first.ExitCode, again.ExitCode));
        Assert.Contains("Wrote " + _temp.File("checked", "register.checked.xlsx"), again.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_temp.File("register.xlsx")));
        using var workbook = new XLWorkbook(_temp.File("checked", "register.checked.xlsx"));
        Assert.Contains("RB009", workbook.Worksheet("Persons").Cell("F2").Comment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_marked_copy_is_never_read_back_when_the_register_is_a_folder()
    {
        Directory.CreateDirectory(_temp.File("registers"));
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7), article: "999")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("registers", "register.xlsx"));
        var folder = _temp.File("registers");

        var check = CliRunner.Run(RepoPaths.Root, "validate", "--register", folder, "--annotate-beside");
        // Even a copy moved beside the register (or a glob that reaches checked/) is not read.
        File.Copy(_temp.File("registers", "checked", "register.checked.xlsx"), _temp.File("registers", "register.checked.xlsx"));
        var generate = CliRunner.Run(RepoPaths.Root, "generate", "--register", folder, "--period", "2021-04-07", "--out", _temp.File("out"));
        var glob = CliRunner.Run(RepoPaths.Root, "validate", "--register", folder + "/**/*.xlsx");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(File.Exists(_temp.File("registers", "checked", "register.checked.xlsx")));
        Assert.True(generate.ExitCode == 0, generate.ToString());
        Assert.Contains("1 published event(s)", generate.Out, StringComparison.Ordinal);
        Assert.True(glob.ExitCode == 0, glob.ToString());
        Assert.Contains("Read 1 workbook(s)", glob.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_register_on_a_damaged_register_shows_the_damage_and_writes_no_copy()
    {
        File.WriteAllBytes(_temp.File("register.xlsx"), File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"))[..5000]);

        var beside = CliRunner.Run(_temp.Path, "validate", "--register", "register.xlsx", "--annotate-beside");
        var named = CliRunner.Run(_temp.Path, "validate", "--register", "register.xlsx", "--annotate", "marked.xlsx");

        foreach (var result in new[] { beside, named })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("RB002", result.Out, StringComparison.Ordinal);
            Assert.Contains("No marked copy of register.xlsx: it could not be read", result.Out, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(_temp.File("checked")));
        Assert.False(File.Exists(_temp.File("marked.xlsx")));
    }

    /// <summary>
    /// A register saved by openpyxl (whose fills ClosedXML could not re-save) with what staff
    /// add around the data: the marked copy keeps the chart, the validation and their comments.
    /// </summary>
    [SkippableFact]
    public void Check_register_keeps_the_chart_validation_and_comments_of_a_register_saved_by_openpyxl()
    {
        const string python = "/usr/bin/python3";
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var script = RepoPaths.File("tests", "ReportBuilder.Bulletins.Tests", "Corpus", "save_with_python.py");
        var saved = File.Exists(python) ? System.Diagnostics.Process.Start(python, [script, "decorate", RepoPaths.File("templates", "sample-register.xlsx"), _temp.File("register.xlsx")]) : null;
        saved?.WaitForExit();
        if (saved is not { ExitCode: 0 })
        {
            Assert.False(inCi, "CI must install python3-openpyxl (.ci/run does).");
            Skip.If(true, "Debian's python3-openpyxl is not installed: SKIPPED.");
        }
        var original = File.ReadAllBytes(_temp.File("register.xlsx"));

        var result = CliRunner.Run(_temp.Path, "validate", "--register", "register.xlsx", "--annotate", "marked.xlsx");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("RB007 register.xlsx Events!C2", result.Out, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(_temp.File("register.xlsx")));
        var copy = File.ReadAllBytes(_temp.File("marked.xlsx"));
        MarkedCopyCheck.AssertPartsKept(original, copy);              // the chart and its drawing, byte for byte
        MarkedCopyCheck.AssertNoNewValidationErrors(original, copy);
        var parts = ZipParts.Read(copy);
        Assert.Contains("xl/charts/chart1.xml", parts.Names);
        Assert.Contains("<drawing ", parts.Text(parts.SheetEntry("Rates")), StringComparison.Ordinal);
        Assert.Contains("verdict,appeal,cassation", parts.Text(parts.SheetEntry("Events")), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(copy));
        Assert.Equal("Problems", workbook.Worksheet(1).Name);
        var events = workbook.Worksheet("Events");
        Assert.StartsWith("checked with the court", events.Cell("C2").Comment.Text, StringComparison.Ordinal);
        Assert.Contains("RB007", events.Cell("C2").Comment.Text, StringComparison.Ordinal);
        // ClosedXML 0.95 reads only comments in runs; openpyxl wrote this one as plain text, which stays as it was.
        var comments = parts.Text(parts.Names.Single(n => n.Contains("comment", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal)));
        Assert.Contains("<comment ref=\"A4\" authorId=\"0\" shapeId=\"0\"><text><t>second source needed</t></text></comment>", comments, StringComparison.Ordinal);
        Assert.Contains("verdict", events.Cell("D3").DataValidation.Value, StringComparison.Ordinal);

        // A real spreadsheet program opens the copy on its Problems sheet (LibreOffice exports the first sheet).
        var soffice = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(f => Path.Combine(f, "soffice")).FirstOrDefault(File.Exists);
        Assert.False(inCi && soffice is null, "CI must install LibreOffice (.ci/run does).");
        if (soffice is null) return;
        var convert = System.Diagnostics.Process.Start(soffice, ["--headless", $"-env:UserInstallation=file://{_temp.File("lo-profile")}",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", _temp.File("csv"), _temp.File("marked.xlsx")]);
        convert.WaitForExit(120_000);
        var csv = File.ReadAllText(_temp.File("csv", "marked.csv"));
        Assert.Contains("Corrections made here are lost", csv, StringComparison.Ordinal);
        Assert.Contains("register.xlsx Events!C2", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_launchers_ship_for_each_platform()
    {
        foreach (var ending in new[] { ".cmd", ".sh" })
        {
            var names = Directory.GetFiles(RepoPaths.File("launchers"), "*" + ending).Select(Path.GetFileName).Order().ToList();
            Assert.Equal([$"Check register{ending}", $"Generate bulletin again (replace drafts){ending}", $"Generate bulletin{ending}", $"New register{ending}"], names);
            Assert.Contains("init --out \"New register.xlsx\" --numbered --open", File.ReadAllText(RepoPaths.File("launchers", "New register" + ending)), StringComparison.Ordinal);
        }
        Assert.Contains("generate --overwrite --open", File.ReadAllText(RepoPaths.File("launchers", "Generate bulletin again (replace drafts).sh")), StringComparison.Ordinal);
        Assert.Contains("validate --annotate-beside --open", File.ReadAllText(RepoPaths.File("launchers", "Check register.cmd")), StringComparison.Ordinal);
    }
}
