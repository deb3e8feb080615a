using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder generate --report prisoners|person</c>: the list of political prisoners or
/// a case file from the same register, in every language, all drafts or none. Staff's own
/// templates are prisoners.en.docx … beside the bulletin's; without them, the shipped ones.
/// </summary>
internal static class ReportCommand
{
    public static int Execute(LoadedConfiguration config, GenerateCommand.Settings settings, ReportKind report, IReadOnlyList<string> languages, CancellationToken cancellationToken)
    {
        var bulletinOptions = config.Options.Bulletin;
        var templates = new Dictionary<string, TemplateSource>();
        foreach (var language in languages)
        {
            var own = config.TemplatePath(report, language);
            if (File.Exists(own)) templates[language] = TemplateSource.FromFile(own);
        }

        var clock = FrozenClock.Now();
        if (DraftSteps.Read(config, settings.Register, clock) is not { } loaded) return ExitCodes.InputErrors;

        var request = new ReportRequest
        {
            Report = report, AsOf = settings.AsOf, Since = settings.Since, Person = settings.Person,
            Languages = languages, Templates = templates, MissingValueMarker = bulletinOptions.MissingValueMarker, Clock = clock,
        };
        ReportRun run;
        try
        {
            run = ConsoleProgress.Run(Ui.Say("Cli.Writing", ("count", languages.Count)), () => ReportPipeline.Render(loaded, request));
        }
        catch (BulletinRequestException e)
        {
            throw new UserException(e.Problem, e.Kind == RequestProblem.UnknownPerson ? ExitCodes.InputErrors : ExitCodes.Usage);
        }
        if (!DraftSteps.Rendered(run.Failures)) return ExitCodes.InputErrors;

        var output = Path.GetFullPath(settings.Out ?? bulletinOptions.OutputFolder);
        DraftSteps.RefuseExisting(output, run.Drafts.Select(d => d.FileName), settings.Overwrite);
        DraftSteps.Write(output, run.Drafts, settings.Overwrite, cancellationToken);

        Console.Out.WriteLine(Ui.Say(report == ReportKind.Person ? "Cli.Report.Person" : "Cli.Report.Prisoners",
            ("date", run.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("count", run.Drafts[0].Result.Items)));
        DraftSteps.SayEach(output, run.Drafts);
        if (settings.Open) FolderOpener.Open(output, Ui.Say("Cli.DraftsAreIn"));
        return ExitCodes.Ok;
    }
}
