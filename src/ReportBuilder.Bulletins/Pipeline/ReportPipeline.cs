using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register;
using ReportBuilder.Register.Parsing;
using ReportBuilder.Shared;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>The outcome of a report: every language's draft, or (when a template failed) none and the failures.</summary>
public sealed record ReportRun(ReportKind Report, DateOnly AsOf, IReadOnlyList<RenderedDraft> Drafts, IReadOnlyList<TemplateFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}

/// <summary>
/// The way from a read register to the list of political prisoners or a case file, for the
/// command line and the add-in alike: check the request, build the report, render every
/// language in memory; all drafts or none. No file system here.
/// </summary>
public static class ReportPipeline
{
    /// <exception cref="BulletinRequestException">The register has errors, or the request is wrong (date, person, language).</exception>
    /// <param name="progress">Told as each draft is begun.</param>
    public static ReportRun Render(RegisterLoadResult register, ReportRequest request, IProgress<WorkStage>? progress = null)
    {
        var languages = BulletinPipeline.Languages(request.Languages);
        if (register.Problems.HasErrors) throw RequestProblems.RegisterHasErrors(register.Problems.ErrorCount);
        var asOf = Date(request.AsOf) ?? request.Today;
        var options = new TemplateOptions { MissingValueMarker = request.MissingValueMarker };
        Func<string, TemplateSource, Stream, Drafts.DraftResult> write;
        string fileName;
        if (request.Report == ReportKind.Person)
        {
            var asked = request.Person is { } p && p.Trim().Length > 0 ? p : throw RequestProblems.NoPerson();
            var person = CaseFile.Find(register.Register, asked) ?? throw RequestProblems.UnknownPerson(asked);
            var file = CaseFile.Build(register.Register, person, asOf);
            write = (language, template, output) => ReportGenerator.CaseFile(file, register.Register, language, template, options, output, request.Created);
            fileName = $"person-{person.Id}-{asOf:yyyy-MM-dd}";
        }
        else
        {
            var list = PrisonersList.Build(register.Register, asOf, Date(request.Since));
            write = (language, template, output) => ReportGenerator.Prisoners(list, register.Register, language, template, options, output, request.Created);
            fileName = $"prisoners-{asOf:yyyy-MM-dd}";
        }
        var (drafts, failures) = DraftRendering.All([.. languages.Select(language => new PlannedDraft(language, $"{fileName}.{language}.docx"))],
            language => request.Templates.TryGetValue(language, out var own) ? own : DefaultTemplate(request.Report, language), write, progress);
        return new ReportRun(request.Report, asOf, drafts, failures);
    }

    /// <summary>A report's shipped template in a language, built in memory.</summary>
    public static TemplateSource DefaultTemplate(ReportKind report, string language)
    {
        using var stream = new MemoryStream();
        ReportTemplates.Write(report, language, stream);
        return TemplateSource.FromBytes(ReportTemplates.FileName(report, language), stream.ToArray());
    }

    private static DateOnly? Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : DateText.TryParse(text.Trim(), out var date) ? date : throw RequestProblems.BadDate(text);
}
