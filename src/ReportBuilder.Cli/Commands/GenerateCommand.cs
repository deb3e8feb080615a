using System.ComponentModel;
using System.Text.RegularExpressions;
using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register.Problems;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder generate</c>: one click from the register to the English and Russian
/// drafts. With no options everything comes from appsettings.json.
/// </summary>
public sealed partial class GenerateCommand : Command<GenerateCommand.Settings>
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

        var loaded = ConsoleProgress.Run("Reading the register…", () => RegisterSource.Load(config, settings.Register));
        if (loaded.Problems.HasErrors)
        {
            ProblemReport.Write(AnsiConsole.Console, loaded.Problems);
            AnsiConsole.MarkupLine("[red]The register has errors; no draft was written. Fix them and run again.[/]");
            return ExitCodes.InputErrors;
        }
        var register = loaded.Register;
        if (register.SourcePaths.Any(p => Path.GetFileName(p).Equals("sample-register.xlsx", StringComparison.OrdinalIgnoreCase)))
            Console.Out.WriteLine("Note: this is the sample register that ships with ReportBuilder (templates/sample-register.xlsx). " +
                $"To use yours, set Register:Paths in {config.SettingsFile ?? "appsettings.json"}, for example \"Paths\": [ \"C:/Users/Dana/register.xlsx\" ].");
        var period = ResolvePeriod(settings.Period ?? bulletinOptions.Period, bulletinOptions.PeriodLength, register);
        var bulletin = BulletinBuilder.Build(register, period);

        // Outputs go where the user is: relative to the current folder (the launchers run from the
        // folder of appsettings.json, so for them that is the same); never into the program's folder.
        var folder = Path.GetFullPath(settings.Out ?? bulletinOptions.OutputFolder);
        var outputs = languages.Select(l => (Language: l, Path: Path.Combine(folder, $"bulletin-{period.Label}.{l}.docx"))).ToList();
        var existing = outputs.Where(o => File.Exists(o.Path)).ToList();
        if (existing.Count > 0 && !settings.Overwrite) throw OutputErrors.Exists([.. existing.Select(e => e.Path)]);

        var options = new TemplateOptions { MissingValueMarker = bulletinOptions.MissingValueMarker };
        var created = DateTime.UtcNow;
        var warnings = loaded.Problems.Items.Where(p => p.Severity == Severity.Warning).ToList();
        // Every language is rendered in memory first (side by side: one core each on a small
        // machine); only when all succeeded is any draft written, so a broken template never
        // leaves the other language's draft behind to block the next run.
        var results = new (string Path, DraftResult? Result, MemoryStream? Draft, TemplateException? Error, string Template)[outputs.Count];
        ConsoleProgress.Run($"Writing {outputs.Count} draft(s)…", () => Parallel.For(0, outputs.Count, i =>
        {
            var (language, path) = outputs[i];
            var template = Path.GetFullPath(Path.Combine(config.BaseFolder, bulletinOptions.Templates[language]));
            var draft = new MemoryStream();
            try
            {
                var result = DraftGenerator.Generate(bulletin, register, warnings, language, template, options, draft, created);
                results[i] = (path, result, draft, null, template);
            }
            catch (TemplateException e)
            {
                results[i] = (path, null, null, e, template);
            }
        }));
        var failed = results.Where(r => r.Error is not null).ToList();
        if (failed.Count > 0)
        {
            TemplateProblemReport.Write(AnsiConsole.Console, failed.SelectMany(r => r.Error!.Problems));
            foreach (var (_, _, _, _, template) in failed)
                AnsiConsole.MarkupLineInterpolated($"[red]The template {template} has errors.[/]");
            AnsiConsole.MarkupLine("[red]No draft was written: drafts are written for all languages or for none.[/]");
            return ExitCodes.InputErrors;
        }
        foreach (var (path, _, draft, _, _) in results)
        {
            using (draft) AtomicFile.Write(path, settings.Overwrite, stream => draft!.WriteTo(stream));
        }

        Console.Out.WriteLine($"Period {period} ({period.Label}): {bulletin.Items.Count} published event(s), {bulletin.Context.Count} context paragraph(s).");
        if (period.First > DateOnly.FromDateTime(DateTime.Today))
            Console.Out.WriteLine($"Note: the period {period.Label} has not started yet; the drafts say there is nothing to publish.");
        else if (bulletin.Items.Count == 0)
            Console.Out.WriteLine($"Note: nothing to publish in {period.Label}: the register has no published event in it.");
        foreach (var (path, draft, _, _, _) in results)
        {
            var result = draft!;
            // Every item carries a comment with its register row; these are the notes that ask the editor to check something.
            var notes = result.Notes.ByItem.Values.Sum(n => n.Count) + result.Notes.General.Count;
            Console.Out.WriteLine($"  {result.Language}: {result.Items} item(s), {notes} note(s) to check -> {path}");
        }
        if (warnings.Count > 0) AnsiConsole.MarkupLineInterpolated($"[yellow]{warnings.Count} register warning(s); see 'reportbuilder validate'.[/]");
        if (settings.Open) FolderOpener.Open(folder);
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<string> Languages(string[] option, IReadOnlyList<string> configured)
    {
        var list = (option.Length == 0 ? configured : option.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Select(l => l.ToLowerInvariant()).ToList();
        foreach (var language in list)
        {
            if (!LanguageCode().IsMatch(language) || language is not ("en" or "ru"))
                throw new UserException($"Language '{language}' is not supported.", "Use en, ru or en,ru.", ExitCodes.Usage);
        }
        if (list.Count == 0) throw new UserException("No language to generate.", "Pass --lang en,ru or set Bulletin:Languages.", ExitCodes.Usage);
        return [.. list.Distinct()];
    }

    private static Period ResolvePeriod(string spec, string length, ReportBuilder.Register.Model.CaseRegister register)
    {
        Period? period;
        try
        {
            period = PeriodSpec.Parse(spec);
        }
        catch (FormatException e)
        {
            throw new UserException($"--period: {e.Message}", "For example: --period 2021-W14", ExitCodes.Usage);
        }
        return period ?? BulletinBuilder.LatestPeriod(register, length)
            ?? throw new UserException("The register has no published event, so there is no latest period.",
                "Add events (Publish = Y), or give --period.", ExitCodes.InputErrors);
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
