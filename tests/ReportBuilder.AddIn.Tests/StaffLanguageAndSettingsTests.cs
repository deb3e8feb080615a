using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Problems;
using ReportBuilder.Register;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The pane in staff's own language and with their own settings, and what it says where Excel
/// itself cannot do something (saving on a Mac): the same words and the same drafts as the command line.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class StaffLanguageAndSettingsTests(AddInFixture fixture) : IDisposable
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"));
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task In_Russian_Office_problems_and_refusals_are_in_Russian()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", "31.02.2021"), Event("E2", "P009", new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", File.ReadAllBytes(path), displayLanguage: "ru-RU");
        await pane.Page.ClickAsync("#generate");

        var problems = pane.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await problems.CountAsync() == 2, "the problem list");
        var texts = await problems.AllInnerTextsAsync();
        Assert.Contains("RB007 register.xlsx Events!C2: Date: найдено «31.02.2021», ожидается дата: дата Excel или текст вида 07.04.2021, 2021-04-07 или 7 апреля 2021.", texts);
        Assert.Contains(texts, t => t.StartsWith("RB011 register.xlsx Events!B3: Кода лица (PersonId) «P009» нет", StringComparison.Ordinal));
        Assert.All(texts, RussianSurface.AssertRussian);
        RussianSurface.AssertRussian(await pane.Text("#status"));

        // A damaged workbook: the same words as the command line prints with --ui-language ru.
        var damaged = Sample[..(Sample.Length * 2 / 3)];
        await using var second = await TaskPane.Open(fixture, "register.xlsx", damaged, displayLanguage: "ru-RU");
        await second.Page.ClickAsync("#generate");
        var damage = second.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await damage.CountAsync() > 0, "the problem list");
        var expected = Assert.Single(BulletinPipeline.ReadRegister([new WorkbookBytes("register.xlsx", damaged)]).Problems.Items);
        Assert.Equal($"{expected.Id} {expected.Where(UiLanguage.Russian)}: {expected.Text(UiLanguage.Russian)}", Assert.Single(await damage.AllInnerTextsAsync()));
        RussianSurface.AssertRussian(expected.Text(UiLanguage.Russian));
    }

    /// <summary>
    /// Staff renamed a sheet and two columns and said so in appsettings.json: the pane, given
    /// the same file once, reads the register as the command line does and writes the same drafts.
    /// </summary>
    [Fact]
    public async Task Custom_sheet_and_column_names_from_the_settings_file_give_the_command_lines_drafts()
    {
        var date = new DateTime(2021, 4, 7);
        object?[] persons = [.. PersonsHeader.Select(h => (object?)((string?)h == "Gender" ? "Sex" : h))];
        object?[] events = [.. EventsHeader.Select(h => (object?)((string?)h == "Date" ? "When" : h))];
        var path = new WorkbookBuilder()
            .Sheet("Persons", [persons, Person("P001", gender: "F")])
            .Sheet("Hearings", [events, Event("E1", "P001", date), Event("E2", "P001", date, "detention")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        File.WriteAllText(_temp.File("appsettings.json"), """
            {
              // As staff write it: comments and any case are fine.
              "register": { "Sheets": {
                "Events": { "Names": [ "Hearings" ], "Columns": { "Date": [ "When" ] } },
                "Persons": { "Columns": { "gender": [ "Sex" ] } } } },
              "Bulletin": { "MissingValueMarker": "<<{0}>>" }
            }
            """);
        var bytes = File.ReadAllBytes(path);

        // The command line's drafts: its configuration binding, then the one pipeline.
        var config = ReportBuilder.Cli.Configuration.AppConfiguration.Load([], _temp.Path);
        var expected = BulletinPipeline.Generate(
            BulletinPipeline.ReadRegister([new WorkbookBytes("register.xlsx", bytes)], ReportBuilder.Register.Layout.RegisterLayout.From(config.Options.Register)),
            new BulletinRequest { Period = "2021-04-07", Languages = ["en"], MissingValueMarker = config.Options.Bulletin.MissingValueMarker });
        Assert.True(expected.Succeeded);

        await using var pane = await TaskPane.Open(fixture, "register.xlsx", bytes);
        // Without the settings the pane cannot find the renamed sheet, as the command line could not.
        await pane.Page.ClickAsync("#check");
        var problems = pane.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await problems.CountAsync() > 0, "the problem list");
        Assert.Contains(await problems.AllInnerTextsAsync(), t => t.StartsWith("RB003", StringComparison.Ordinal));

        await pane.Page.SetInputFilesAsync("#settings-choice input[type=file]", _temp.File("appsettings.json"));
        Assert.Equal("appsettings.json", await pane.TextContent("#settings-choice .choice-name"));
        var (name, draft) = await pane.EnglishDraftOf("2021-04-07");

        Assert.Equal(expected.Drafts.Single().FileName, name);
        DocxValidation.AssertValid(draft, name);
        Assert.Equal(DocxText.Body(new MemoryStream(expected.Drafts.Single().Bytes)), DocxText.Body(new MemoryStream(draft)));
        Assert.Contains("John DOE", DocxText.Body(new MemoryStream(draft)), StringComparison.Ordinal);

        // Remembered: the next time the pane opens, the settings are still in use.
        await pane.Page.ReloadAsync();
        await Eventually.Holds(async () => await pane.TextContent("#settings-choice .choice-name") == "appsettings.json", "the remembered settings");
    }

    [Fact]
    public async Task A_settings_file_that_is_not_json_is_named_with_its_line()
    {
        File.WriteAllText(_temp.File("appsettings.json"), "{ \"Register\": { \"Sheets\": { } }\n  \"Bulletin\": { } }");
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample);
        await pane.Page.SetInputFilesAsync("#settings-choice input[type=file]", _temp.File("appsettings.json"));
        await pane.Page.ClickAsync("#check");

        await Eventually.Holds(async () => (await pane.Text("#status")).Contains("appsettings.json is not valid JSON (line 2", StringComparison.Ordinal), "the settings problem");
        Assert.Contains("missing comma", await pane.Text("#status"), StringComparison.Ordinal);
        // In a Russian Office, the same problem in Russian (the parser's own detail aside).
        await using var russian = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: "ru-RU");
        await russian.Page.SetInputFilesAsync("#settings-choice input[type=file]", _temp.File("appsettings.json"));
        await russian.Page.ClickAsync("#check");
        await Eventually.Holds(async () => (await russian.Text("#status")).Contains("appsettings.json — неверный JSON (строка 2", StringComparison.Ordinal), "the settings problem in Russian");
        Assert.Contains("пропущенной запятой", await russian.Text("#status"), StringComparison.Ordinal);
    }

    /// <summary>Excel for Mac's pane ignores downloads (by Microsoft's design): the pane says so and what to do, in the user's language.</summary>
    [Theory]
    [InlineData("Mac", "en-US", "Excel for Mac does not let a pane save files")]
    [InlineData("Mac", "ru-RU", "Excel для Mac не разрешает панели сохранять файлы")]
    [InlineData("PC", "en-US", null)]
    public async Task On_a_Mac_the_pane_says_that_Excel_may_not_save_the_draft_and_what_works_instead(string platform, string language, string? expected)
    {
        // A Windows web view without the save dialog (older WebView2): the download link.
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: language, platform: platform,
            initScript: "delete window.showSaveFilePicker; delete Window.prototype.showSaveFilePicker;");

        var (name, bytes) = await pane.EnglishDraftOf("2021-04-07");

        Assert.Equal("bulletin-2021-04-07.en.docx", name);
        Assert.True(bytes.Length > 0);
        var status = await pane.Text("#status");
        if (expected is null) Assert.DoesNotContain("Mac", status, StringComparison.Ordinal);
        else
        {
            Assert.Contains(expected, status, StringComparison.Ordinal);
            Assert.Contains(name, status, StringComparison.Ordinal);
        }
    }
}
