using Microsoft.Playwright;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Problems;
using ReportBuilder.Register;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The published add-in in Chromium with the Office.js double: what staff see in Excel, from the
/// open workbook's bytes to the downloaded drafts, and the register's problems next to their cells.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class TaskPaneTests(AddInFixture fixture) : IDisposable
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"));
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Generate_downloads_both_drafts_of_the_reference_day()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample);
        await pane.Page.SelectOptionAsync("#period-kind", "day");
        await pane.Page.FillAsync("#period-day", "2021-04-07");
        await pane.Page.ClickAsync("#generate");

        var buttons = pane.Page.Locator("#drafts button.download");
        await Eventually.Holds(async () => await buttons.CountAsync() == 2, "two download buttons");
        foreach (var (i, language, phrases) in new[] { (0, "en", ReferenceBulletin.English), (1, "ru", ReferenceBulletin.Russian) })
        {
            var (name, bytes) = await pane.Download(buttons.Nth(i));
            Assert.Equal($"bulletin-2021-04-07.{language}.docx", name);
            DocxValidation.AssertValid(bytes, name);
            AssertInOrder(DocxText.Body(new MemoryStream(bytes)).Replace('\u00A0', ' '), phrases);
        }

        // The counts the command line prints, from the same pipeline.
        var expected = BulletinPipeline.Plan(BulletinPipeline.ReadRegister([new WorkbookBytes("register.xlsx", Sample)]),
            new BulletinRequest { Period = "2021-04-07" });
        Assert.StartsWith($"Period 2021-04-07 (2021-04-07): {expected.Bulletin.Items.Count} published event(s), {expected.Bulletin.Context.Count} context paragraph(s).",
            await pane.Text("#summary"), StringComparison.Ordinal);
        Assert.Contains($"en: {expected.Bulletin.Items.Count} item(s)", await pane.Text("#drafts"), StringComparison.Ordinal);
        // Read in many slices and closed, as Office asks.
        Assert.Equal(1, await pane.Page.EvaluateAsync<int>("() => window.officeDouble.closed"));
        Assert.Empty(pane.RequestsElsewhere(fixture));
    }

    [Fact]
    public async Task In_Russian_Office_the_pane_speaks_Russian_and_takes_the_latest_week()
    {
        await using var pane = await TaskPane.Open(fixture, "sample-register.xlsx", Sample, displayLanguage: "ru-RU");
        Assert.Equal("Создать бюллетень", await pane.Text("h1"));
        await pane.Page.UncheckAsync("#lang-en");
        await pane.Page.ClickAsync("#generate");

        var buttons = pane.Page.Locator("#drafts button.download");
        await Eventually.Holds(async () => await buttons.CountAsync() == 1, "one download button");
        var (name, bytes) = await pane.Download(buttons.First);
        Assert.Equal("bulletin-2021-W19.ru.docx", name);
        DocxValidation.AssertValid(bytes, name);
        Assert.StartsWith("Скачать", await buttons.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(pane.RequestsElsewhere(fixture));
    }

    [Fact]
    public async Task Planted_errors_are_listed_block_generation_and_select_their_cells()
    {
        var date = new DateTime(2021, 4, 7);
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events",
            [
                EventsHeader,
                Event("E1", "P001", date),
                Event("E2", "P001", "31.02.2021"), // RB007 bad date at C3
                Event("E3", "P009", date),         // RB011 unknown person at B4
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        // Last year's workbook, added with the file picker, says something else of P001.
        var second = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", surnameEn: "Otherov")])
            .Save(_temp.File("second.xlsx"));
        // The first selection's batch is the slow one: the cell clicked last must still be the one selected last.
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", File.ReadAllBytes(path), initScript: "window.officeDouble.syncDelays = [400, 0];");
        await pane.Page.SetInputFilesAsync("#add-workbooks", second);
        // The file is read asynchronously: the list shows it once read.
        await Eventually.Holds(async () => (await pane.Text("#workbooks")).Contains("second.xlsx", StringComparison.Ordinal), "the added workbook listed");
        await pane.Page.ClickAsync("#generate");

        var problems = pane.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await problems.CountAsync() > 0, "the problem list");
        var texts = await problems.AllInnerTextsAsync();
        Assert.Contains(texts, t => t.StartsWith("RB007 register.xlsx Events!C3: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("RB011 register.xlsx Events!B4: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("RB010 second.xlsx Persons!A2: ", StringComparison.Ordinal));
        Assert.Contains("no draft was written", await pane.Text("#status"), StringComparison.Ordinal);
        Assert.Equal(0, await pane.Page.Locator("#drafts button").CountAsync());

        await problems.Filter(new LocatorFilterOptions { HasText = "Events!C3" }).ClickAsync();
        await problems.Filter(new LocatorFilterOptions { HasText = "Events!B4" }).ClickAsync();
        // A problem in another workbook cannot be selected in this one.
        await problems.Filter(new LocatorFilterOptions { HasText = "second.xlsx Persons!A2" }).ClickAsync();
        // Selecting is asynchronous (Office queues it until context.sync): wait for both, then check nothing else was selected.
        await Eventually.Holds(async () => (await pane.Selected()).Length >= 2, "both cells selected");
        Assert.Equal(["Events!C3", "Events!B4"], await pane.Selected());
        Assert.Empty(pane.RequestsElsewhere(fixture));
    }

    /// <summary>A register with hundreds of problems lists them by kind, errors first: the first 20 of each id, then how many more of it.</summary>
    [Fact]
    public async Task Hundreds_of_problems_are_listed_twenty_of_each_kind_with_the_count_of_the_rest()
    {
        object?[][] events =
        [
            EventsHeader,
            .. Enumerable.Range(1, 250).Select(i => Event($"E{i}", "P001", "31.02.2021")),
            .. Enumerable.Range(251, 30).Select(i => Event($"E{i}", "P404", new DateTime(2021, 4, 7))),
        ];
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", events)
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", File.ReadAllBytes(path));
        await pane.Page.ClickAsync("#check");

        var problems = pane.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await problems.CountAsync() > 0, "the problem list");
        Assert.Equal(40, await problems.CountAsync());
        var ids = await problems.Locator(".where").AllInnerTextsAsync();
        Assert.Equal([.. Enumerable.Repeat("RB007", 20), .. Enumerable.Repeat("RB011", 20)], ids.Select(w => w.Split(' ')[0]));
        var more = await pane.Page.Locator("#problems li.more").AllInnerTextsAsync();
        Assert.Equal(2, more.Count);
        Assert.StartsWith("… and 230 more RB007", more[0], StringComparison.Ordinal);
        Assert.StartsWith("… and 10 more RB011", more[1], StringComparison.Ordinal);
        Assert.Contains("280 error(s)", await pane.Text("#problem-counts"), StringComparison.Ordinal);
    }

    /// <summary>The Russian forms the rules are not sure of are listed for staff to confirm once on the Forms sheet, as Check register lists them.</summary>
    [Fact]
    public async Task Unsure_russian_forms_are_listed_with_where_and_what_the_drafts_print()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", "SMITH", "Timur", "SMITH", "Тимур", "M", "Bila Tserkva", "Белая Церковь"), Person("P002")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7), "search")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", File.ReadAllBytes(path), displayLanguage: "ru-RU");
        await pane.Page.ClickAsync("#check");

        var forms = pane.Page.Locator("#unsure-forms li");
        await Eventually.Holds(async () => await forms.CountAsync() > 0, "the unsure forms");
        Assert.Equal(["Имя «Тимур SMITH» (register.xlsx Persons!A2): Тимура SMITH", "Город «Белая Церковь» (register.xlsx Persons!A2): Белая Церковь"],
            await forms.AllInnerTextsAsync());
        Assert.Contains("лист Forms", await pane.Text("#forms-section"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_workbook_shows_the_message_the_command_line_prints()
    {
        var damaged = Sample[..(Sample.Length * 2 / 3)];
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", damaged);
        await pane.Page.ClickAsync("#generate");

        var problems = pane.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await problems.CountAsync() > 0, "the problem list");
        // The CLI prints "error {Id} {Location}: {Message}" for the same bytes.
        var expected = Assert.Single(BulletinPipeline.ReadRegister([new WorkbookBytes("register.xlsx", damaged)]).Problems.Items);
        Assert.Equal("RB002", expected.Id);
        Assert.Equal($"{expected.Id} {expected.Location}: {expected.Message}", Assert.Single(await problems.AllInnerTextsAsync()));
        Assert.Equal(0, await pane.Page.Locator("#drafts button").CountAsync());
    }

    [Fact]
    public async Task Staff_template_is_used_and_remembered_for_the_next_time()
    {
        var template = new DocxBuilder()
            .Body(DocxBuilder.P("Our own bulletin for {{ period.text }}"), DocxBuilder.P("{{#each items as item}}"), DocxBuilder.P("* {{ item.person.name }}"), DocxBuilder.P("{{/each}}"))
            .Save(_temp.File("ours.en.docx"));
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample);
        const string Chosen = ".choice[data-slot='template.en'] .choice-name";
        Assert.Equal("shipped template", await pane.TextContent(Chosen));
        await pane.Page.SetInputFilesAsync(".choice[data-slot='template.en'] input[type=file]", template);
        await Eventually.Holds(async () => await pane.TextContent(Chosen) == "ours.en.docx", "the chosen template's name");

        // Opened again (the next day, say): the template is still chosen.
        await pane.Page.ReloadAsync();
        await pane.Page.Locator("#generate:enabled").WaitForAsync();
        Assert.Equal("ours.en.docx", await pane.TextContent(Chosen));
        var (name, bytes) = await pane.EnglishDraftOf("2021-04-07");
        DocxValidation.AssertValid(bytes, name);
        var text = Typography.Plain(DocxText.Body(new MemoryStream(bytes)));
        Assert.StartsWith("Our own bulletin for 7 April 2021", text, StringComparison.Ordinal);
        Assert.Contains("* Yerkyn SABANSHIYEV", text, StringComparison.Ordinal);

        // Back to the shipped template.
        await pane.Page.ClickAsync("details summary");
        await pane.Page.ClickAsync(".choice[data-slot='template.en'] .forget");
        Assert.Equal("shipped template", await pane.TextContent(Chosen));
    }

    [Fact]
    public async Task An_empty_date_is_said_in_the_pane_s_own_words_and_nothing_is_generated()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: "ru-RU");
        await pane.Page.SelectOptionAsync("#period-kind", "range");
        await pane.Page.FillAsync("#period-day", "2021-04-07");
        await pane.Page.ClickAsync("#generate");

        await Eventually.Holds(async () => (await pane.TextContent("#status")).Contains("Сначала выберите период", StringComparison.Ordinal), "the pane's message");
        Assert.DoesNotContain("..", await pane.TextContent("#status"), StringComparison.Ordinal);
        Assert.Equal(0, await pane.Page.Locator("#drafts button.download").CountAsync());
    }

    [Fact]
    public async Task A_workbook_whose_desktop_path_holds_a_percent_sign_opens_by_its_name()
    {
        await using var pane = await TaskPane.Open(fixture, "Register 100%.xlsx", Sample, localPath: @"C:\Users\Dana\Register 100%.xlsx");

        Assert.Contains("Register 100%.xlsx", await pane.TextContent("#workbooks"), StringComparison.Ordinal);
        await pane.Page.ClickAsync("#check");
        await Eventually.Holds(async () => (await pane.TextContent("#status")).Length > 0, "the check's result");
        Assert.DoesNotContain("went wrong", await pane.TextContent("#status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_too_large_to_remember_is_used_for_the_session_and_the_pane_says_so()
    {
        var saved = new DocxBuilder()
            .Body(DocxBuilder.P("Our large bulletin for {{ period.text }}"))
            .Save(_temp.File("large.en.docx"));
        // 6 MB of data that does not compress: past the browser's storage, which holds about 5 MB.
        var parts = ZipParts.Read(saved).Edit("[Content_Types].xml", xml => xml.Replace("<Default Extension=\"rels\"", "<Default Extension=\"bin\" ContentType=\"application/octet-stream\" /><Default Extension=\"rels\"", StringComparison.Ordinal));
        parts.SetBytes("word/media/padding.bin", System.Security.Cryptography.RandomNumberGenerator.GetBytes(6 << 20));
        var template = parts.Save(_temp.File("large.en.docx"), System.IO.Compression.CompressionLevel.NoCompression);
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample);
        const string Chosen = ".choice[data-slot='template.en'] .choice-name";

        await pane.Page.SetInputFilesAsync(".choice[data-slot='template.en'] input[type=file]", template);

        await Eventually.Holds(async () => (await pane.TextContent("#status")).Contains("too large for the pane to remember", StringComparison.Ordinal), "the pane's message");
        Assert.Equal("large.en.docx", await pane.TextContent(Chosen));
        var (_, bytes) = await pane.EnglishDraftOf("2021-04-07");
        Assert.StartsWith("Our large bulletin for 7 April 2021", Typography.Plain(DocxText.Body(new MemoryStream(bytes))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_workbook_named_like_the_open_one_is_told_apart_and_never_selects_its_cells()
    {
        Directory.CreateDirectory(_temp.File("last-year"));
        var lastYear = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X")])   // RB009 at F2 of the added file
            .Save(_temp.File("last-year", "sample-register.xlsx"));
        await using var pane = await TaskPane.Open(fixture, "sample-register.xlsx", Sample);
        await pane.Page.SetInputFilesAsync("#add-workbooks", lastYear);
        await pane.Page.ClickAsync("#check");

        var problems = pane.Page.Locator("#problems button.problem");
        await Eventually.Holds(async () => await problems.CountAsync() > 0, "the problem list");
        var gender = problems.Filter(new LocatorFilterOptions { HasText = "RB009" });
        Assert.StartsWith("RB009 sample-register (2).xlsx Persons!F2: ", await gender.InnerTextAsync(), StringComparison.Ordinal);
        await gender.ClickAsync();
        Assert.Empty(await pane.Selected());
    }

    [Fact]
    public async Task An_engine_that_cannot_load_is_said_with_what_to_use_instead()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: "ru-RU", engineMissing: true);

        await Eventually.Holds(async () => (await pane.TextContent("#status")).Contains("Движок не запускается", StringComparison.Ordinal), "the pane's message");
        Assert.Contains("пакет ReportBuilder для командной строки", await pane.TextContent("#status"), StringComparison.Ordinal);
        Assert.True(await pane.Page.Locator("#generate").IsDisabledAsync());
        Assert.True(await pane.Page.Locator("#unsupported").IsHiddenAsync());
    }

    [Fact]
    public async Task When_Excel_cannot_give_the_workbook_the_pane_says_what_to_do()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, fileError: new { code = 5001, message = "An internal error has occurred." });
        await pane.Page.ClickAsync("#check");

        await Eventually.Holds(async () => (await pane.TextContent("#status")).Contains("Excel could not give the pane the open workbook", StringComparison.Ordinal), "the pane's message");
        var message = await pane.TextContent("#status");
        Assert.Contains("(Excel says: An internal error has occurred). Save the workbook and try again", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", message, StringComparison.Ordinal);
    }

    private static void AssertInOrder(string text, IEnumerable<string> phrases)
    {
        var position = 0;
        foreach (var phrase in phrases)
        {
            var found = text.IndexOf(phrase, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Not found (in order) after position {position}: {phrase}\n--- draft ---\n{text}");
            position = found + phrase.Length;
        }
    }
}
