using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using ReportBuilder.Shared;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// Renders a report's drafts, one per language, in memory, side by side where the machine has
/// cores: all of them or, when a template fails, none (with every failure). The bulletin and the
/// other reports differ only in what writes a draft.
/// </summary>
internal static class DraftRendering
{
    /// <param name="write">Writes one language's draft with its template into the stream.</param>
    /// <param name="progress">Told as each draft is begun (in the browser, one after another).</param>
    public static (IReadOnlyList<RenderedDraft> Drafts, IReadOnlyList<TemplateFailure> Failures) All(
        IReadOnlyList<PlannedDraft> planned, Func<string, TemplateSource> templateFor,
        Func<string, TemplateSource, Stream, DraftResult> write, IProgress<WorkStage>? progress)
    {
        var drafts = new RenderedDraft?[planned.Count];
        var failures = new TemplateFailure?[planned.Count];
        ParallelWork.For(planned.Count, i =>
        {
            var (language, fileName) = planned[i];
            progress?.Report(new WorkStage(WorkStageKind.Drafting, language, i + 1, planned.Count));
            var template = templateFor(language);
            using var output = new MemoryStream();
            try
            {
                var result = write(language, template, output);
                drafts[i] = new RenderedDraft(language, fileName, output.ToArray(), result);
            }
            catch (TemplateException e)
            {
                failures[i] = new TemplateFailure(language, template.ToString()!, e);
            }
        });
        var failed = failures.OfType<TemplateFailure>().ToList();
        return (failed.Count > 0 ? [] : [.. drafts.OfType<RenderedDraft>()], failed);
    }
}
