using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Reports;

/// <summary>Renders a report of a register through the pipeline (as the CLI and the add-in do), writes each draft, validates it.</summary>
internal static class ReportFixture
{
    public static readonly TimeProvider Clock = TestClock.At(2021, 5, 1);

    public static IReadOnlyDictionary<string, string> Render(string register, ReportRequest request, string outputFolder)
    {
        var loaded = RegisterLoader.Load([register], Path.GetDirectoryName(register)!, RegisterLayout.Default);
        var run = ReportPipeline.Render(loaded, request with { Clock = Clock });
        Assert.True(run.Succeeded, string.Join("\n", run.Failures.SelectMany(f => f.Error.Problems)));
        var texts = new Dictionary<string, string>();
        foreach (var draft in run.Drafts)
        {
            var path = Path.Combine(outputFolder, draft.FileName);
            File.WriteAllBytes(path, draft.Bytes);
            DocxValidation.AssertValid(path);
            texts[draft.Language] = path;
        }
        return texts;
    }

    public static string Sample => RepoPaths.File("templates", "sample-register.xlsx");
}
