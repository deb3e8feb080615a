using System.Diagnostics;
using ClosedXML.Excel;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Writing;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Corpus;

/// <summary>
/// The sample register as staff's tools really save it (LibreOffice Calc, directly and through
/// .ods; openpyxl; pandas; ClosedXML; the project's own streaming writer) and the blank register
/// from init filled below its one-row Excel Tables with a blank row: every one gives drafts
/// whose text is the original's. Needs LibreOffice and Debian's python3-openpyxl and
/// python3-pandas, which .ci/run installs: skipped visibly elsewhere, never in CI.
/// </summary>
public sealed class RealToolsCorpusTests : IDisposable
{
    private static readonly string Sample = RepoPaths.File("templates", "sample-register.xlsx");
    private static readonly string Script = RepoPaths.File("tests", "ReportBuilder.Bulletins.Tests", "Corpus", "save_with_python.py");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Tools => ["libreoffice", "libreoffice-ods", "openpyxl", "pandas", "closedxml", "streaming-writer", "blank-filled-below-tables"];

    [SkippableTheory]
    [MemberData(nameof(Tools))]
    public void The_sample_saved_by_each_tool_gives_the_original_drafts(string tool)
    {
        var saved = Save(tool);
        var (expectedCounts, expectedText) = Drafts(Sample);
        var (counts, text) = Drafts(saved);
        Assert.Equal(expectedCounts, counts);
        Assert.Equal(expectedText, text);
        // Check register marks the file as the tool saved it, and the copy is as valid as the original.
        var bytes = File.ReadAllBytes(saved);
        var loaded = RegisterLoader.Load([new WorkbookBytes(Path.GetFileName(saved), bytes)], RegisterLayout.Default);
        MarkedCopyCheck.WriteAndCheck(bytes, saved, loaded.Problems.Items);
    }

    private string Save(string tool)
    {
        var output = _temp.File(tool + ".xlsx");
        switch (tool)
        {
            case "libreoffice":
                return LibreOffice(Sample, "xlsx", output);
            case "libreoffice-ods":
                return LibreOffice(LibreOffice(Sample, "ods", _temp.File("sample.ods")), "xlsx", output);
            case "openpyxl" or "pandas":
                Python(tool, Sample, output);
                return output;
            case "closedxml":
                using (var workbook = new XLWorkbook(Sample)) workbook.SaveAs(output);
                return output;
            case "streaming-writer":
                using (var stream = File.Create(output)) StreamingRegisterWriter.Write(SampleRegister.Build(), stream);
                return output;
            case "blank-filled-below-tables":
                var blank = _temp.File("blank.xlsx");
                using (var stream = File.Create(blank)) BlankRegisterWriter.Write(stream);
                Python("fill", blank, Sample, output);
                return output;
            default:
                throw new ArgumentOutOfRangeException(nameof(tool));
        }
    }

    /// <summary>The register's row counts and the text of both drafts of every event.</summary>
    private (string Counts, string Text) Drafts(string path)
    {
        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);
        Assert.False(loaded.Problems.HasErrors, $"{Path.GetFileName(path)}:\n" + string.Join("\n", loaded.Problems.Items));
        return (EveryEventDrafts.Counts(loaded), EveryEventDrafts.Text(loaded));
    }

    private string LibreOffice(string source, string format, string output)
    {
        var soffice = Require("soffice", "LibreOffice (soffice)");
        var folder = _temp.File("lo-" + format + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        Run(soffice, "--headless", $"-env:UserInstallation=file://{_temp.File("lo-profile")}", "--convert-to", format, "--outdir", folder, source);
        File.Move(Path.Combine(folder, Path.GetFileNameWithoutExtension(source) + "." + format), output);
        return output;
    }

    private static void Python(params string[] arguments)
    {
        const string python = "/usr/bin/python3"; // Debian's, where python3-openpyxl and python3-pandas install
        if (!File.Exists(python) || Run(python, false, "-c", "import openpyxl, pandas") != 0)
            SkipOutsideCi("Debian's python3-openpyxl and python3-pandas are not installed");
        Run(python, [Script, .. arguments]);
    }

    private static string Require(string command, string what)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(folder => Path.Combine(folder, command)).FirstOrDefault(File.Exists);
        if (found is null) SkipOutsideCi(what + " is not installed");
        return found!;
    }

    private static void SkipOutsideCi(string why)
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(inCi, $"CI must install what the corpus needs (.ci/run does): {why}.");
        Skip.If(true, $"{why}: the corpus case was SKIPPED.");
    }

    private static void Run(string file, params string[] arguments) => Run(file, true, arguments);

    private static int Run(string file, bool mustSucceed, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        if (mustSucceed)
            Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output.Result}\n{error}");
        return process.ExitCode;
    }
}
