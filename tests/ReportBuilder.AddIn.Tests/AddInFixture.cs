using System.Diagnostics;
using Microsoft.Playwright;
using ReportBuilder.TestSupport;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// Publishes the add-in once (the command the README gives, into a folder of its own so it
/// never races another project's build), serves it, and starts Debian's Chromium.
/// </summary>
public sealed class AddInFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string OfficeJsHost = "appsforoffice.microsoft.com";

    private readonly TempFolder _temp = new();
    private IPlaywright? _playwright;

    public StaticSite Site { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string PublishedSite => Path.Combine(_temp.Path, "site", "wwwroot");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");
        await Publish();
        Site = new StaticSite(PublishedSite);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI needs --no-sandbox; the rest keep Chromium from calling home on this closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    private async Task Publish()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["publish", "src/ReportBuilder.AddIn", "-o", Path.Combine(_temp.Path, "site"),
            "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(_temp.Path, "build")}", "-p:AddInBaseUrl=https://addin.example/",
            // The brotli and gzip copies are not served here (the test server sends files as they are); making them takes 20 s.
            "-p:CompressionEnabled=false"])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"publishing the add-in failed:\n{await output}\n{await error}");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Site?.Dispose();
        _temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AddInCollection : ICollectionFixture<AddInFixture>
{
    public const string Name = "add-in";
}
