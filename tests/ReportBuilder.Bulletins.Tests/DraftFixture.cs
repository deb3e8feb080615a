using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>Reads a register, builds a period's bulletin and writes one language's draft with the shipped template, validated.</summary>
internal static class DraftFixture
{
    public static (string Path, DraftResult Result) Generate(string register, string baseFolder, string period, string language, string outputFolder)
    {
        var loaded = RegisterLoader.Load([register], baseFolder, RegisterLayout.Default);
        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        var bulletin = BulletinBuilder.Build(loaded.Register, PeriodSpec.Parse(period)!);
        var path = Path.Combine(outputFolder, $"{Path.GetFileNameWithoutExtension(register)}.{period}.{language}.docx");
        DraftResult result;
        using (var stream = File.Create(path))
        {
            result = DraftGenerator.Generate(bulletin, loaded.Register, loaded.Problems.Items, language,
                RepoPaths.File("templates", $"bulletin.{language}.docx"), new TemplateOptions(), stream, new DateTime(2021, 4, 8, 9, 0, 0, DateTimeKind.Utc));
        }
        DocxValidation.AssertValid(path);
        return (path, result);
    }

    /// <summary>The sample register's 7 April 2021 bulletin in English, rendered in memory with a template a test made (which may be refused).</summary>
    public static void GenerateWithTemplate(string templatePath)
    {
        var loaded = RegisterLoader.Load([RepoPaths.File("templates", "sample-register.xlsx")], RepoPaths.Root, RegisterLayout.Default);
        var bulletin = BulletinBuilder.Build(loaded.Register, PeriodSpec.Parse("2021-04-07")!);
        using var output = new MemoryStream();
        DraftGenerator.Generate(bulletin, loaded.Register, [], "en", templatePath, new TemplateOptions(), output, DateTime.UtcNow);
    }

    public static string Sample(string language, string outputFolder) =>
        Generate(RepoPaths.File("templates", "sample-register.xlsx"), RepoPaths.Root, "2021-04-07", language, outputFolder).Path;
}
