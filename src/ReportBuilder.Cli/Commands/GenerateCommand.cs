using System.ComponentModel;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder generate</c>: one click from the register to the English and Russian
/// drafts. With no options everything comes from appsettings.json.
/// </summary>
public sealed class GenerateCommand : Command<GenerateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-r|--register <PATH>")]
        [Description("Register workbook, folder or glob (repeatable). Default: Register:Paths.")]
        public string[] Register { get; init; } = [];

        [CommandOption("-p|--period <SPEC>")]
        [Description("2021-04-07, 2021-W14, 2021-04, 2021-04-01..2021-04-07 or latest. Default: Bulletin:Period.")]
        public string? Period { get; init; }

        [CommandOption("-l|--lang <LIST>")]
        [Description("Languages: en,ru, or --lang en --lang ru (any case). Default: Bulletin:Languages.")]
        public string[] Languages { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("Folder for the drafts. Default: Bulletin:OutputFolder.")]
        public string? Out { get; init; }

        [CommandOption("--overwrite")]
        [Description("Replace drafts that already exist (an editor may have changed them).")]
        public bool Overwrite { get; init; }

        [CommandOption("--report <NAME>")]
        [Description("What to write: bulletin (default), prisoners (the list of political prisoners) or person (a case file, with --person).")]
        public string? Report { get; init; }

        [CommandOption("--as-of <DATE>")]
        [Description("For prisoners and person: the date the report stands on (2023-05-31). Default: today.")]
        public string? AsOf { get; init; }

        [CommandOption("--since <DATE>")]
        [Description("For prisoners: the earlier date of \"added\" and \"left\". Default: a month before --as-of.")]
        public string? Since { get; init; }

        [CommandOption("--person <ID|NAME>")]
        [Description("For person: the PersonId (P001) or the name as the Persons sheet writes it.")]
        public string? Person { get; init; }

        [CommandOption("--open")]
        [Description("Open the folder with the drafts when done (the double-click launcher uses this).")]
        public bool Open { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = AppConfiguration.Load(settings.Set);
        var bulletinOptions = config.Options.Bulletin;
        var languages = Languages(settings.Languages, bulletinOptions.Languages);
        var report = Report(settings.Report);
        if (report != ReportKind.Bulletin) return ReportCommand.Execute(config, settings, report, languages, cancellationToken);
        var templates = languages.ToDictionary(l => l, l => TemplateSource.FromFile(Path.Combine(config.BaseFolder, bulletinOptions.Templates[l])));
        // The drafting code loads on the other core while this one reads the register.
        var warmUp = BulletinPipeline.WarmUp(new BulletinRequest { Languages = languages, Templates = templates });

        // One reading of the clock for the whole run: the register's checks and "latest" agree on today.
        var clock = FrozenClock.Now();
        if (DraftSteps.Read(config, settings.Register, clock) is not { } loaded) return ExitCodes.InputErrors;
        if (loaded.Register.SourcePaths.Any(p => Path.GetFileName(p).Equals("sample-register.xlsx", StringComparison.OrdinalIgnoreCase)))
            Console.Out.WriteLine(Ui.Say("Cli.SampleRegister", ("settingsFile", config.SettingsFile ?? "appsettings.json")));

        var plan = Plan(loaded, new BulletinRequest
        {
            Period = settings.Period ?? bulletinOptions.Period,
            PeriodLength = bulletinOptions.PeriodLength,
            Languages = languages,
            Templates = templates,
            MissingValueMarker = bulletinOptions.MissingValueMarker,
            Clock = clock,
        });

        // Outputs go where the user is: relative to the current folder (the launchers run from the
        // folder of appsettings.json, so for them that is the same); never into the program's folder.
        var folder = Path.GetFullPath(settings.Out ?? bulletinOptions.OutputFolder);
        DraftSteps.RefuseExisting(folder, plan.Drafts.Select(d => d.FileName), settings.Overwrite);

        // Every language is rendered in memory first; only when all succeeded is any draft written,
        // so a broken template never leaves the other language's draft behind to block the next run.
        warmUp.Wait(cancellationToken);
        var run = ConsoleProgress.Run(Ui.Say("Cli.Writing", ("count", plan.Drafts.Count)), () => BulletinPipeline.Render(plan));
        if (!DraftSteps.Rendered(run.Failures)) return ExitCodes.InputErrors;
        // All drafts or none, on disk too: never one language new and the other old.
        DraftSteps.Write(folder, run.Drafts, settings.Overwrite, cancellationToken);

        var (period, bulletin) = (plan.Period, plan.Bulletin);
        Console.Out.WriteLine(Ui.Say("Cli.Period", ("period", period.ToString()), ("label", period.Label), ("items", bulletin.Items.Count), ("context", bulletin.Context.Count)));
        if (plan.NotStarted)
            Console.Out.WriteLine(Ui.Say("Cli.NotStarted", ("label", period.Label)));
        else if (bulletin.Items.Count == 0)
            Console.Out.WriteLine(Ui.Say("Cli.NothingToPublish", ("label", period.Label)));
        DraftSteps.SayEach(folder, run.Drafts);
        if (plan.Warnings.Count > 0)
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(Ui.Say(Audience.Launcher ? "Cli.Warnings.Launcher" : "Cli.Warnings", ("count", plan.Warnings.Count)))}[/]");
        if (settings.Open) FolderOpener.Open(folder, Ui.Say("Cli.DraftsAreIn"));
        return ExitCodes.Ok;
    }

    /// <summary>The period and file names, with the pipeline's refusals worded for the command line.</summary>
    private static BulletinPlan Plan(ReportBuilder.Register.RegisterLoadResult loaded, BulletinRequest request)
    {
        try
        {
            return BulletinPipeline.Plan(loaded, request);
        }
        catch (BulletinRequestException e) when (e.Kind == RequestProblem.BadPeriod)
        {
            throw UserErrors.Refused(e.Problem, "Q002.Cli", ExitCodes.Usage);
        }
        catch (BulletinRequestException e) when (e.Kind == RequestProblem.NoLatestPeriod)
        {
            throw UserErrors.Refused(e.Problem, "Q003.Cli", ExitCodes.InputErrors);
        }
    }

    private static ReportKind Report(string? option) =>
        option is null ? ReportKind.Bulletin
        : ReportRequest.ParseReport(option) ?? throw new UserException(RequestProblems.UnknownReport(option).Problem, ExitCodes.Usage);

    private static IReadOnlyList<string> Languages(string[] option, IReadOnlyList<string> configured)
    {
        var list = option.Length == 0 ? configured : [.. option.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        try
        {
            return BulletinPipeline.Languages(list);
        }
        catch (BulletinRequestException e) when (e.Kind == RequestProblem.NoLanguage)
        {
            throw UserErrors.Refused(e.Problem, "Q005.Cli", ExitCodes.Usage);
        }
        catch (BulletinRequestException e)
        {
            throw new UserException(e.Problem, ExitCodes.Usage);
        }
    }
}
