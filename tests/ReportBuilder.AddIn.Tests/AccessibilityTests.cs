using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The pane for someone using a keyboard or a screen reader, and in Safari's web view (Excel
/// for Mac): axe-core's rules pass, every control is reached by Tab and works from the keyboard,
/// the result is announced and focused, and date fields missing in Safari say what to type.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class AccessibilityTests(AddInFixture fixture)
{
    private static readonly byte[] Sample = File.ReadAllBytes(TestSupport.RepoPaths.File("templates", "sample-register.xlsx"));

    private static async Task AssertNoViolations(IPage page, string when)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            $"{when}: " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("ru-RU")]
    public async Task Axe_finds_no_violation_before_or_after_generating(string language)
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: language);
        foreach (var details in await pane.Page.Locator("details").AllAsync()) await details.Locator("summary").ClickAsync();
        await pane.Page.SelectOptionAsync("#period-kind", "range");
        await AssertNoViolations(pane.Page, "before");

        await pane.Page.SelectOptionAsync("#period-kind", "day");
        await pane.Page.FillAsync("#period-day", "2021-04-07");
        await pane.Page.ClickAsync("#generate");
        await Eventually.Holds(async () => await pane.Page.Locator("#drafts button.download").CountAsync() == 2, "the download buttons");
        await AssertNoViolations(pane.Page, "after");
    }

    [Fact]
    public async Task Every_control_is_reached_by_tab_and_works_from_the_keyboard()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample);
        var page = pane.Page;

        // Tab from the top of the page: each control once, in reading order.
        var reached = new List<string>();
        for (var i = 0; i < 14; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }
        Assert.Equal(["Add workbooks…", "check", "report", "period-kind", "lang-en", "lang-ru", "Templates (optional)", "Settings (optional)", "generate"], reached.Take(9));

        // "Add workbooks…" opens the file picker from the keyboard.
        // (The picker's own opening is the browser's: counted at the input, and not shown.)
        await page.EvaluateAsync("() => { window.pickerOpened = 0; document.getElementById('add-workbooks').addEventListener('click', e => { window.pickerOpened++; e.preventDefault(); }); }");
        await page.Locator("button.choose").First.PressAsync("Enter");
        await Eventually.Holds(async () => await page.EvaluateAsync<int>("() => window.pickerOpened") == 1, "the file picker opened");

        // Choose a day, leave out Russian, generate: all by keyboard.
        await page.FocusAsync("#period-kind");
        await page.SelectOptionAsync("#period-kind", "day");
        Assert.Equal("Day", await page.Locator("label:has(#period-day) span").InnerTextAsync());
        await page.FocusAsync("#period-day");
        await page.Keyboard.TypeAsync("04072021");
        await page.FocusAsync("#lang-ru");
        await page.Keyboard.PressAsync("Space");
        await page.FocusAsync("#generate");
        await page.Keyboard.PressAsync("Enter");

        // The result is announced and the keyboard lands on it, then on the download button.
        await Eventually.Holds(async () => await page.Locator("#drafts button.download").CountAsync() == 1, "the download button");
        Assert.Equal("summary", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("1 draft(s) ready to download.", await pane.Text("#status"));
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("Download bulletin-2021-04-07.en.docx", await page.EvaluateAsync<string>("() => document.activeElement.textContent"), StringComparison.Ordinal);
    }

    /// <summary>Safari's inputs: type=week and type=month do not exist and are text fields.</summary>
    private const string SafariInputs = """
        (() => {
          const type = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'type');
          Object.defineProperty(HTMLInputElement.prototype, 'type', {
            get() { const t = type.get.call(this); return t === 'week' || t === 'month' ? 'text' : t; },
            set(value) { type.set.call(this, value); },
          });
        })();
        """;

    [Fact]
    public async Task Where_week_and_month_pickers_do_not_exist_the_fields_say_what_to_type()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, initScript: SafariInputs);
        var week = pane.Page.Locator("#period-week");

        Assert.Equal("Type it like 2021-W14.", await week.GetAttributeAsync("aria-description"));
        Assert.Equal("2021-04", await pane.Page.Locator("#period-month").GetAttributeAsync("placeholder"));
        Assert.Null(await pane.Page.Locator("#period-day").GetAttributeAsync("aria-description"));

        await pane.Page.SelectOptionAsync("#period-kind", "week");
        await week.FillAsync("2021-W14");
        await pane.Page.UncheckAsync("#lang-ru");
        await pane.Page.ClickAsync("#generate");
        var button = pane.Page.Locator("#drafts button.download");
        await Eventually.Holds(async () => await button.CountAsync() == 1, "the download button");
        Assert.Equal("bulletin-2021-W14.en.docx", (await pane.Download(button)).Name);
    }
}
