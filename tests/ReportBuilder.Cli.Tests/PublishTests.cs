using System.Diagnostics;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>What staff install: the self-contained Linux build, and its double-click launcher run in its folder.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_linux_publish_runs_the_launcher_with_the_settings_beside_it()
    {
        var folder = _temp.File("reportbuilder");
        // The staff profile (self-contained, single file) without its ReadyToRun step, which
        // takes two minutes on two cores and changes nothing this test checks; .ci/run publishes
        // the win-x64 profile whole on every run.
        Run("dotnet", RepoPaths.Root, "publish", "src/ReportBuilder.Cli", "-p:PublishProfile=linux-x64", "-p:PublishReadyToRun=false", $"-p:PublishDir={folder}/");
        Assert.True(File.Exists(Path.Combine(folder, "reportbuilder")));
        Assert.True(File.Exists(Path.Combine(folder, "appsettings.json")));
        Assert.True(File.Exists(Path.Combine(folder, "templates", "bulletin.ru.docx")));
        Assert.Contains("## Sheet `Events`", File.ReadAllText(Path.Combine(folder, "docs", "register-format.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "New register.sh")));
        Assert.Empty(Directory.GetFiles(folder, "*.pdb"));

        var (code, output) = Run("sh", folder, "Generate bulletin.sh");

        Assert.Equal(0, code);
        Assert.Contains("bulletin-2021-W19.ru.docx", output, StringComparison.Ordinal);
        DocxValidation.AssertValid(Path.Combine(folder, "out", "bulletin-2021-W19.en.docx"));
        DocxValidation.AssertValid(Path.Combine(folder, "out", "bulletin-2021-W19.ru.docx"));

        var (again, message) = Run("sh", folder, "Generate bulletin.sh");
        Assert.Equal(1, again);
        Assert.Contains("already exist", message, StringComparison.Ordinal);
        // Staff who double-clicked are told which launcher to use, never command syntax.
        Assert.Contains("double-click 'Generate bulletin again (replace drafts)'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), File.ReadAllText(Path.Combine(folder, "appsettings.json"))
            .Replace("\"templates/sample-register.xlsx\"", "", StringComparison.Ordinal));
        var (check, checkOutput) = Run("sh", folder, "Check register.sh");
        Assert.Equal(2, check);
        Assert.Contains("set Register:Paths to your register", checkOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("--", checkOutput, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(600_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", args)} did not finish in 10 minutes");
        }
        if (program == "dotnet")
            Assert.True(process.ExitCode == 0, $"publish failed:\n{output.Result}\n{error.Result}");
        return (process.ExitCode, output.Result + error.Result);
    }
}
