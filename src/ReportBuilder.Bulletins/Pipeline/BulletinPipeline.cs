using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Bulletins.Templates;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Shared;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// The one way from register bytes to drafts, shared by the command line, the add-in, the
/// benchmark and the tests: read and check the register → plan (period, bulletin, file
/// names) → render every language in memory. No file system, console or configuration in
/// here: front ends bring bytes and take bytes.
/// </summary>
public static class BulletinPipeline
{
    /// <summary>Reads and checks the register's workbooks; every problem is in the result, none is thrown.</summary>
    public static RegisterLoadResult ReadRegister(IReadOnlyList<WorkbookBytes> workbooks, RegisterLayout? layout = null, TimeProvider? clock = null,
        IProgress<WorkStage>? progress = null) =>
        RegisterLoader.Load(workbooks, layout ?? RegisterLayout.Default, clock: clock, progress: progress);

    /// <exception cref="BulletinRequestException">The register has errors, or the period or languages are wrong.</exception>
    public static BulletinPlan Plan(RegisterLoadResult register, BulletinRequest request)
    {
        var languages = Languages(request.Languages);
        if (register.Problems.HasErrors)
            throw RequestProblems.RegisterHasErrors(register.Problems.ErrorCount);
        var period = ChoosePeriod(request, register);
        var bulletin = BulletinBuilder.Build(register.Register, period);
        return new BulletinPlan(register, request, period, bulletin,
            [.. languages.Select(l => new PlannedDraft(l, $"bulletin-{period.Label}.{l}.docx"))]);
    }

    /// <summary>
    /// Renders every planned draft in memory, side by side where the machine has cores; all
    /// drafts or, when a template fails, none.
    /// </summary>
    /// <param name="progress">Told as each draft is begun (in the browser, one after another).</param>
    public static BulletinRun Render(BulletinPlan plan, IProgress<WorkStage>? progress = null)
    {
        var request = plan.Request;
        var options = new TemplateOptions { MissingValueMarker = request.MissingValueMarker };
        var (drafts, failures) = DraftRendering.All(plan.Drafts, language => TemplateFor(request, language),
            (language, template, output) => DraftGenerator.Generate(plan.Bulletin, plan.Register.Register, plan.Warnings, language, template, options, output, request.Created),
            progress);
        return new BulletinRun(plan, drafts, failures);
    }

    /// <summary>
    /// Loads the drafting code on a spare core while the front end reads the register (see
    /// DraftGenerator.WarmUp); none where there is no spare core, as in the browser.
    /// </summary>
    public static Task WarmUp(BulletinRequest request)
    {
        if (OperatingSystem.IsBrowser() || Environment.ProcessorCount < 2) return Task.CompletedTask;
        var languages = Normalized(request.Languages).Where(DefaultTemplates.Languages.Contains).ToList();
        return Task.Run(() =>
        {
            foreach (var language in languages) DraftGenerator.WarmUp(language, TemplateFor(request, language));
        });
    }

    /// <summary>Plan and render in one step, for front ends with nothing to check in between.</summary>
    public static BulletinRun Generate(RegisterLoadResult register, BulletinRequest request) => Render(Plan(register, request));

    /// <summary>The shipped template of a language, built in memory.</summary>
    public static TemplateSource DefaultTemplate(string language)
    {
        using var stream = new MemoryStream();
        DefaultTemplates.Write(language, stream);
        return TemplateSource.FromBytes(DefaultTemplates.FileName(language), stream.ToArray());
    }

    /// <summary>The languages asked for, lower case, each once.</summary>
    /// <exception cref="BulletinRequestException">One is not supported, or there is none.</exception>
    public static IReadOnlyList<string> Languages(IEnumerable<string> asked)
    {
        var list = Normalized(asked);
        foreach (var language in list)
        {
            if (!DefaultTemplates.Languages.Contains(language))
                throw RequestProblems.UnsupportedLanguage(language);
        }
        if (list.Count == 0) throw RequestProblems.NoLanguage();
        return list;
    }

    private static List<string> Normalized(IEnumerable<string> asked) =>
        [.. asked.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct()];

    /// <summary>The template a request gives for a language, or the shipped one.</summary>
    private static TemplateSource TemplateFor(BulletinRequest request, string language) =>
        request.Templates.TryGetValue(language, out var own) ? own : DefaultTemplate(language);

    private static Period ChoosePeriod(BulletinRequest request, RegisterLoadResult register)
    {
        Period? period;
        try
        {
            period = PeriodSpec.Parse(request.Period);
        }
        catch (PeriodFormatException e)
        {
            throw RequestProblems.BadPeriod(request.Period, e);
        }
        return period ?? BulletinBuilder.LatestPeriod(register.Register, request.PeriodLength, request.Today)
            ?? throw RequestProblems.NoLatestPeriod();
    }
}
