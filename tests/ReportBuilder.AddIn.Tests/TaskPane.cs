using System.Text.Json;
using Microsoft.Playwright;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The task pane open in Chromium, as Excel would show it: the open workbook's bytes come
/// from the Office.js double, and every request the page makes is recorded.
/// </summary>
public sealed class TaskPane : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _requests = [];

    private TaskPane(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
    }

    public IPage Page { get; }

    /// <summary>Opens the pane with workbook as the open workbook (named name) and Office in displayLanguage.</summary>
    /// <param name="localPath">The document's address as desktop Excel gives it (a path, not a URL); a web URL when null.</param>
    /// <param name="initScript">Script run before the pane's own, to make the page behave like another browser.</param>
    /// <param name="engineMissing">The engine's files cannot be fetched (as in an Office whose web view cannot load them): the pane is not waited for.</param>
    public static async Task<TaskPane> Open(AddInFixture fixture, string name, byte[] workbook, string displayLanguage = "en-US", int sliceSize = 16 * 1024, string? localPath = null,
        bool engineMissing = false, object? fileError = null, string? initScript = null, string? platform = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var pane = new TaskPane(context, page);
        // Office.js from Microsoft's CDN is replaced by the double (the CDN is unreachable here, and a test must not depend on it).
        var double_ = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "OfficeDouble.js"));
        await page.RouteAsync($"https://{AddInFixture.OfficeJsHost}/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/javascript",
            Body = double_,
        }));
        var settings = JsonSerializer.Serialize(new
        {
            workbookUrl = fixture.Site.Offer(name, workbook),
            name,
            displayLanguage,
            sliceSize,
            localPath,
            fileError,
            platform,
        });
        await page.AddInitScriptAsync($"window.officeDouble = {settings};");
        if (initScript is not null) await page.AddInitScriptAsync(initScript);
        if (engineMissing) await page.RouteAsync("**/_framework/dotnet.js", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404 }));
        await page.GotoAsync(fixture.Site.Origin + "/taskpane.html");
        if (!engineMissing) await page.Locator("#generate:enabled").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        return pane;
    }

    /// <summary>Every request so far whose host is neither the local server nor Office.js's (blob: and data: URLs stay in the page).</summary>
    public IReadOnlyList<string> RequestsElsewhere(AddInFixture fixture)
    {
        lock (_requests)
        {
            return [.. _requests.Where(url => !url.StartsWith(fixture.Site.Origin + "/", StringComparison.Ordinal)
                && !url.StartsWith($"https://{AddInFixture.OfficeJsHost}/", StringComparison.Ordinal)
                && !url.StartsWith("blob:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))];
        }
    }

    public Task<string> Text(string selector) => Page.Locator(selector).InnerTextAsync();

    /// <summary>Generates the English draft of one day (Russian unchecked) and downloads it.</summary>
    public async Task<(string Name, byte[] Bytes)> EnglishDraftOf(string day)
    {
        await Page.SelectOptionAsync("#period-kind", "day");
        await Page.FillAsync("#period-day", day);
        await Page.UncheckAsync("#lang-ru");
        await Page.ClickAsync("#generate");
        var button = Page.Locator("#drafts button.download");
        await Eventually.Holds(async () => await button.CountAsync() == 1, "the download button");
        return await Download(button);
    }

    /// <summary>The text of an element that may be folded away (inside a closed details element).</summary>
    public async Task<string> TextContent(string selector) => await Page.Locator(selector).TextContentAsync() ?? "";

    /// <summary>Clicks a draft's download button and returns the file's name and bytes.</summary>
    public async Task<(string Name, byte[] Bytes)> Download(ILocator button)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    public async Task<string[]> Selected() => await Page.EvaluateAsync<string[]>("() => window.officeDouble.selected");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
