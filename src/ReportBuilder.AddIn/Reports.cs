using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Problems;
using System.Text.Json.Serialization;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Docx.Problems;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.AddIn;

/// <summary>Whether the settings file could be used, and if not, why.</summary>
internal sealed record SettingsReport(bool Ok, ProblemView? Problem);

/// <param name="UnsureForms">The Russian forms the rules are not sure of, for staff to confirm once on the Forms sheet.</param>
internal sealed record RegisterReport(IReadOnlyList<ProblemView> Problems, int Errors, int Warnings, int Persons, int Events, IReadOnlyList<FormEntry> UnsureForms);

/// <summary>Why generation was refused: the kind (for the pane to branch on) and the problem in the reader's language.</summary>
internal sealed record RefusalView(string Kind, ProblemView Problem);

internal sealed record DraftView(int Index, string Language, string FileName, int Items, int Notes, int Bytes);

internal sealed record TemplateFailureView(string Language, string Template, IReadOnlyList<ProblemView> Problems);

/// <summary>
/// What a Generate click produced: drafts and the counts the CLI prints, or why not. Report is
/// "bulletin", "prisoners" or "person"; for the last two, AsOf is the date and Items the people
/// listed or the events of the case file.
/// </summary>
internal sealed record GenerateReport(
    bool Ok, RefusalView? Refusal, IReadOnlyList<ProblemView> Problems,
    string? Period, string? PeriodLabel, int Items, int Context, int Warnings, bool NotStarted,
    IReadOnlyList<DraftView> Drafts, IReadOnlyList<TemplateFailureView> Failures, string Report = "bulletin", string? AsOf = null)
{
    public static GenerateReport Refused(RefusalView refusal, IReadOnlyList<ProblemView> problems) =>
        new(false, refusal, problems, null, null, 0, 0, 0, false, [], []);

    public static GenerateReport Of(BulletinRun run, UiLanguage language)
    {
        var plan = run.Plan;
        return new GenerateReport(run.Succeeded, null, [], plan.Period.ToString(), plan.Period.Label,
            plan.Bulletin.Items.Count, plan.Bulletin.Context.Count, plan.Warnings.Count, plan.NotStarted,
            Views(run.Drafts), FailureViews(run.Failures, language));
    }

    public static GenerateReport Of(ReportRun run, UiLanguage language) =>
        new(run.Succeeded, null, [], null, null, run.Drafts.FirstOrDefault()?.Result.Items ?? 0, 0, 0, false,
            Views(run.Drafts), FailureViews(run.Failures, language), ReportTemplates.Name(run.Report),
            run.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static List<DraftView> Views(IReadOnlyList<RenderedDraft> drafts) =>
        [.. drafts.Select((d, i) => new DraftView(i, d.Language, d.FileName, d.Result.Items, d.NotesToCheck, d.Bytes.Length))];

    private static List<TemplateFailureView> FailureViews(IReadOnlyList<TemplateFailure> failures, UiLanguage language) =>
        [.. failures.Select(f => new TemplateFailureView(f.Language, f.Template, [.. f.Error.Problems.Select(p => ProblemView.Of(p, language))]))];
}

/// <summary>Source-generated JSON (no reflection, so the trimmed WebAssembly keeps working).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RegisterReport))]
[JsonSerializable(typeof(SettingsReport))]
[JsonSerializable(typeof(GenerateReport))]
internal sealed partial class ReportJson : JsonSerializerContext;
