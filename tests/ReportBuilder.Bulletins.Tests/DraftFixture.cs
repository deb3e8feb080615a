using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// Reads a register and writes one language's draft of a period through the shared pipeline
/// (as the CLI and the add-in do), with the shipped template file, validated.
/// </summary>
internal static class DraftFixture
{
    private static readonly DateTime Created = new(2021, 4, 8, 9, 0, 0, DateTimeKind.Utc);

    public static (string Path, DraftResult Result) Generate(string register, string baseFolder, string period, string language, string outputFolder)
    {
        var loaded = RegisterLoader.Load([register], baseFolder, RegisterLayout.Default);
        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        var draft = Render(loaded, period, language, TemplateSource.FromFile(RepoPaths.File("templates", $"bulletin.{language}.docx")));
        var path = Path.Combine(outputFolder, $"{Path.GetFileNameWithoutExtension(register)}.{period}.{language}.docx");
        File.WriteAllBytes(path, draft.Bytes);
        DocxValidation.AssertValid(path);
        return (path, draft.Result);
    }

    /// <summary>The sample register's 7 April 2021 bulletin in English, rendered in memory with a template a test made (which may be refused).</summary>
    /// <summary>The sample's 7 April 2021 draft in English, filled from the template.</summary>
    public static byte[] GenerateWithTemplate(string templatePath)
    {
        var loaded = RegisterLoader.Load([RepoPaths.File("templates", "sample-register.xlsx")], RepoPaths.Root, RegisterLayout.Default);
        return Render(loaded, "2021-04-07", "en", TemplateSource.FromFile(templatePath)).Bytes;
    }

    public static string Sample(string language, string outputFolder) =>
        Generate(RepoPaths.File("templates", "sample-register.xlsx"), RepoPaths.Root, "2021-04-07", language, outputFolder).Path;

    /// <exception cref="TemplateException">The template was refused.</exception>
    private static RenderedDraft Render(RegisterLoadResult loaded, string period, string language, TemplateSource template)
    {
        var run = BulletinPipeline.Generate(loaded, new BulletinRequest
        {
            Period = period,
            Languages = [language],
            Templates = new Dictionary<string, TemplateSource> { [language] = template },
            Clock = TestClock.At(Created),
        });
        if (!run.Succeeded) throw run.Failures[0].Error;
        return run.Drafts[0];
    }
}
