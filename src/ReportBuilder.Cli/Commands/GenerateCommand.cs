using System.ComponentModel;
using ReportBuilder.Bulletins.Pipeline;
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

        [CommandOption("--open")]
        [Description("Open the folder with the drafts when done (the double-click launcher uses this).")]
        public bool Open { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = AppConfiguration.Load(settings.Set);
        var bulletinOptions = config.Options.Bulletin;
        var languages = Languages(settings.Languages, bulletinOptions.Languages);
        var templates = languages.ToDictionary(l => l, l => TemplateSource.FromFile(Path.Combine(config.BaseFolder, bulletinOptions.Templates[l])));
        // The drafting code loads on the other core while this one reads the register.
        var warmUp = BulletinPipeline.WarmUp(new BulletinRequest { Languages = languages, Templates = templates });

        // One reading of the clock for the whole run: the register's checks and "latest" agree on today.
        var clock = FrozenClock.Now();
        var loaded = ConsoleProgress.Run("Reading the register…", () => RegisterSource.Load(config, settings.Register, clock));
        if (loaded.Problems.HasErrors)
        {
            ProblemReport.Write(AnsiConsole.Console, loaded.Problems);
            AnsiConsole.MarkupLine("[red]The register has errors; no draft was written. Fix them and run again.[/]");
            return ExitCodes.InputErrors;
        }
        if (loaded.Register.SourcePaths.Any(p => Path.GetFileName(p).Equals("sample-register.xlsx", StringComparison.OrdinalIgnoreCase)))
            Console.Out.WriteLine("Note: this is the sample register that ships with ReportBuilder (templates/sample-register.xlsx). " +
                $"To use yours, set Register:Paths in {config.SettingsFile ?? "appsettings.json"}, for example \"Paths\": [ \"C:/Users/Dana/register.xlsx\" ].");

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
        var existing = plan.Drafts.Select(d => Path.Combine(folder, d.FileName)).Where(File.Exists).ToArray();
        if (existing.Length > 0 && !settings.Overwrite) throw OutputErrors.Exists(existing);

        // Every language is rendered in memory first; only when all succeeded is any draft written,
        // so a broken template never leaves the other language's draft behind to block the next run.
        warmUp.Wait(cancellationToken);
        var run = ConsoleProgress.Run($"Writing {plan.Drafts.Count} draft(s)…", () => BulletinPipeline.Render(plan));
        if (!run.Succeeded)
        {
            TemplateProblemReport.Write(AnsiConsole.Console, run.Failures.SelectMany(f => f.Error.Problems));
            foreach (var failure in run.Failures)
                AnsiConsole.MarkupLineInterpolated($"[red]The template {failure.Template} has errors.[/]");
            AnsiConsole.MarkupLine("[red]No draft was written: drafts are written for all languages or for none.[/]");
            return ExitCodes.InputErrors;
        }
        // All drafts or none, on disk too (FileSet): never one language new and the other old.
        FileSet.Write(folder, [.. run.Drafts.Select(d => (d.FileName, d.Bytes))], settings.Overwrite, cancellationToken);

        var (period, bulletin) = (plan.Period, plan.Bulletin);
        Console.Out.WriteLine($"Period {period} ({period.Label}): {bulletin.Items.Count} published event(s), {bulletin.Context.Count} context paragraph(s).");
        if (plan.NotStarted)
            Console.Out.WriteLine($"Note: the period {period.Label} has not started yet; the drafts say there is nothing to publish.");
        else if (bulletin.Items.Count == 0)
            Console.Out.WriteLine($"Note: nothing to publish in {period.Label}: the register has no published event in it.");
        foreach (var draft in run.Drafts)
            Console.Out.WriteLine($"  {draft.Language}: {draft.Result.Items} item(s), {draft.NotesToCheck} review comment(s) to act on -> {Path.Combine(folder, draft.FileName)}");
        if (plan.Warnings.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[yellow]{plan.Warnings.Count} register warning(s): they are review comments in the drafts; {Audience.Hint("'reportbuilder validate --annotate-beside' marks them in a copy of the register", "double-click 'Check register' to see them marked in a copy of the register")}.[/]");
        if (settings.Open) FolderOpener.Open(folder);
        return ExitCodes.Ok;
    }

    /// <summary>The period and file names, with the pipeline's refusals worded for the command line.</summary>
    private static BulletinPlan Plan(ReportBuilder.Register.RegisterLoadResult loaded, BulletinRequest request)
    {
        try
        {
            return BulletinPipeline.Plan(loaded, request);
        }
        catch (BulletinRequestException e) when (e.Problem == RequestProblem.BadPeriod)
        {
            throw new UserException($"--period: {e.Message}", "For example: --period 2021-W14", ExitCodes.Usage);
        }
        catch (BulletinRequestException e) when (e.Problem == RequestProblem.NoLatestPeriod)
        {
            throw new UserException(e.Message, Audience.Hint("Add events (Publish = Y), or give --period.", "Add events with Publish = Y, or set Bulletin:Period in appsettings.json (for example 2021-W14)."), ExitCodes.InputErrors);
        }
    }

    private static IReadOnlyList<string> Languages(string[] option, IReadOnlyList<string> configured)
    {
        var list = option.Length == 0 ? configured : [.. option.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        try
        {
            return BulletinPipeline.Languages(list);
        }
        catch (BulletinRequestException e) when (e.Problem == RequestProblem.NoLanguage)
        {
            throw new UserException(e.Message, "Pass --lang en,ru or set Bulletin:Languages.", ExitCodes.Usage);
        }
        catch (BulletinRequestException e)
        {
            throw new UserException(e.Message, e.Hint, ExitCodes.Usage);
        }
    }
}
