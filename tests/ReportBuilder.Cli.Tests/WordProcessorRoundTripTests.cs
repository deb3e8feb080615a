using System.Diagnostics;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// A real word processor reads the drafts: LibreOffice converts each sample draft to PDF, and
/// the PDF's text (list numbers included, which only a word processor computes) is what the
/// engine meant to write. Skipped, visibly, where LibreOffice is not installed; never in CI.
/// </summary>
public sealed partial class WordProcessorRoundTripTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void LibreOffice_shows_what_the_engine_wrote_with_list_numbers()
    {
        var (soffice, pdftotext) = LibreOfficeOrSkip();

        File.Copy(RepoPaths.File("appsettings.json"), _temp.File("appsettings.json"));
        var generated = CliRunner.Run(RepoPaths.Root, "generate", "--period", "2021-04-07", "--out", _temp.Path);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        var report = new List<string>();
        foreach (var language in new[] { "en", "ru" })
        {
            var draft = _temp.File($"bulletin-2021-04-07.{language}.docx");
            Run(soffice, "--headless", $"-env:UserInstallation=file://{_temp.File("lo-profile")}", "--convert-to", "pdf", "--outdir", _temp.Path, draft);
            Run(pdftotext, "-enc", "UTF-8", Path.ChangeExtension(draft, ".pdf"), Path.ChangeExtension(draft, ".txt"));
            var shown = Normalize(File.ReadAllText(Path.ChangeExtension(draft, ".txt")));

            var position = 0;
            foreach (var paragraph in Intended(draft))
            {
                var found = shown.IndexOf(paragraph, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"{language}: LibreOffice does not show (in order): {paragraph}\n--- PDF text ---\n{shown}");
                position = found + paragraph.Length;
            }
            Assert.Contains(language == "en" ? "1) On 7 April 2021" : "1) 7 апреля 2021 года", shown, StringComparison.Ordinal);
            Assert.Contains(language == "en" ? "2) On 7 April 2021, a court of appeal" : "2) 7 апреля 2021 года суд апелляционной", shown, StringComparison.Ordinal);
            report.Add($"{language}: {Intended(draft).Count} paragraphs shown by LibreOffice, list numbers 1) and 2) present");
        }
        // CI prints this file, so its log shows the round trip ran.
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "reportbuilder-libreoffice-roundtrip.log"),
            [$"LibreOffice round trip ran ({soffice}):", .. report]);
    }

    [SkippableFact]
    public void LibreOffice_shows_the_list_of_prisoners_and_a_case_file_as_written()
    {
        var (soffice, pdftotext) = LibreOfficeOrSkip();
        var list = CliRunner.Run(RepoPaths.Root, "generate", "--report", "prisoners", "--as-of", "2021-04-30", "--out", _temp.Path);
        var file = CliRunner.Run(RepoPaths.Root, "generate", "--report", "person", "--person", "P002", "--as-of", "2021-04-30", "--out", _temp.Path);
        Assert.True(list.ExitCode == 0 && file.ExitCode == 0, list.ToString() + file);

        foreach (var draft in Directory.GetFiles(_temp.Path, "*.docx"))
        {
            Run(soffice, "--headless", $"-env:UserInstallation=file://{_temp.File("lo-profile")}", "--convert-to", "pdf", "--outdir", _temp.Path, draft);
            // -raw: the content stream's order (pdftotext's layout guess reads a wide justified line out of order).
            Run(pdftotext, "-raw", "-enc", "UTF-8", Path.ChangeExtension(draft, ".pdf"), Path.ChangeExtension(draft, ".txt"));
            var shown = Normalize(File.ReadAllText(Path.ChangeExtension(draft, ".txt")));
            var position = 0;
            foreach (var paragraph in Intended(draft))
            {
                var found = shown.IndexOf(paragraph, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"{Path.GetFileName(draft)}: LibreOffice does not show (in order): {paragraph}\n--- PDF text ---\n{shown}");
                position = found + paragraph.Length;
            }
            // The tables' rows, as a word processor lays them out (words, as narrow cells wrap).
            foreach (var cell in Path.GetFileName(draft) switch
            {
                "prisoners-2021-04-30.en.docx" => ["AMANOVA", "BAKTYBAYEV", "SABANSHIYEV", "Days"],
                "prisoners-2021-04-30.ru.docx" => ["АМАНОВА", "БАКТЫБАЕВ", "САБАНШИЕВ", "Дней"],
                _ => Array.Empty<string>(),
            })
                Assert.Contains(cell, shown, StringComparison.Ordinal);
        }
    }

    /// <summary>LibreOffice and pdftotext, or the test skipped, visibly; never in CI, which installs them.</summary>
    private static (string Soffice, string Pdftotext) LibreOfficeOrSkip()
    {
        var soffice = Find("soffice");
        var pdftotext = Find("pdftotext");
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (soffice is null || pdftotext is null)
        {
            Assert.False(inCi, "CI must install LibreOffice and poppler-utils (.ci/run does): the round trip may not be skipped there.");
            Skip.If(true, "LibreOffice (soffice) or pdftotext is not installed: the word-processor round trip was SKIPPED.");
        }
        return (soffice!, pdftotext!);
    }

    /// <summary>What the engine meant to show: each body paragraph's text, numbered items prefixed with their number.</summary>
    private static List<string> Intended(string draft)
    {
        using var document = WordprocessingDocument.Open(draft, false);
        var number = 0;
        var paragraphs = new List<string>();
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Elements<Paragraph>())
        {
            var text = Normalize(DocxText.Text(paragraph));
            if (text.Length == 0) continue;
            var numbered = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListNumber";
            paragraphs.Add(numbered ? $"{++number}) {text}" : text);
        }
        return paragraphs;
    }

    private static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static void Run(string program, params string[] args)
    {
        // An explicit folder: CliRunner changes the current folder while other tests run.
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 180 s");
        }
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(" ", args)} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
    }
}
