using Microsoft.Playwright;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// Inside one call the engine says what it is doing (which workbook it reads, which draft it
/// writes), and it keeps each workbook's bytes once: an added workbook from when it is added until
/// it is removed, the open one for one click.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class EngineStagesTests(AddInFixture fixture) : IDisposable
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"));
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("en-US", "Reading register.xlsx (workbook 1 of 2)…", "Reading notes.xlsx (workbook 2 of 2)…", "Checking the register…",
        "Writing the English draft (1 of 2)…", "Writing the Russian draft (2 of 2)…")]
    [InlineData("ru-RU", "Чтение register.xlsx (книга 1 из 2)…", "Чтение notes.xlsx (книга 2 из 2)…", "Проверка реестра…",
        "Создание черновика на английском (1 из 2)…", "Создание черновика на русском (2 из 2)…")]
    public async Task While_it_works_the_pane_says_which_workbook_it_reads_and_which_draft_it_writes(string office, params string[] stages)
    {
        var notes = new WorkbookBuilder().Sheet("Notes", [["Anything staff keep beside the register"]]).Save(_temp.File("notes.xlsx"));
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: office);
        await pane.Page.SetInputFilesAsync("#add-workbooks", notes);
        await Eventually.Holds(async () => (await pane.Text("#workbooks")).Contains("notes.xlsx", StringComparison.Ordinal), "the added workbook listed");
        await pane.Page.EvaluateAsync("""
            () => {
              window.said = [];
              new MutationObserver(() => window.said.push(document.getElementById('status').textContent))
                .observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true });
            }
            """);

        await pane.Page.ClickAsync("#generate");
        await Eventually.Holds(async () => await pane.Page.Locator("#drafts button.download").CountAsync() == 2, "both drafts");

        var said = await pane.Page.EvaluateAsync<string[]>("() => window.said");
        // Each stage said after the one before it.
        var (at, inOrder) = (0, true);
        foreach (var stage in stages)
        {
            var found = Array.IndexOf(said, stage, at);
            inOrder &= found >= 0;
            at = found + 1;
        }
        Assert.True(inOrder,
            $"expected, in this order: {string.Join(" | ", stages)}; the status line said: {string.Join(" | ", said)}");
    }

    [Fact]
    public async Task A_removed_workbook_is_read_no_more_and_the_open_one_is_read_afresh_on_every_click()
    {
        var lastYear = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P901", gender: "X")])   // RB009 at F2
            .Save(_temp.File("last-year.xlsx"));
        // A host that announces too small a size for the open workbook, read in 16 KB slices: it is still read whole.
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, sliceSize: 4096, initScript: "window.officeDouble.announcedSize = 1000;");
        await pane.Page.SetInputFilesAsync("#add-workbooks", lastYear);
        await Eventually.Holds(async () => (await pane.Text("#workbooks")).Contains("last-year.xlsx", StringComparison.Ordinal), "the added workbook listed");

        var problems = pane.Page.Locator("#problems button.problem");
        for (var click = 0; click < 2; click++)
        {
            await pane.Page.ClickAsync("#check");
            await Eventually.Holds(async () => (await problems.AllInnerTextsAsync()).Any(t => t.StartsWith("RB009 last-year.xlsx Persons!F2: ", StringComparison.Ordinal)),
                $"the added workbook's problem, check {click + 1}");
        }

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        for (var click = 0; click < 2; click++)
        {
            await pane.Page.ClickAsync("#check");
            await Eventually.Holds(async () => await pane.Text("#problem-counts") == "No problems found.", $"the sample alone, check {click + 1}");
        }
        Assert.Equal(0, await problems.CountAsync());
        Assert.Equal(4, await pane.Page.EvaluateAsync<int>("() => window.officeDouble.closed"));
    }
}
