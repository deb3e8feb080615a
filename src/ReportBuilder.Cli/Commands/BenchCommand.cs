using System.ComponentModel;
using System.Diagnostics;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Bulletins.Templates;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder bench --register FILE</c>: runs the generate pipeline in this process and
/// reports wall time and peak memory after each stage of the shared pipeline (load the file's bytes,
/// read and check the register, build the bulletin, render both languages, write), then the list
/// of political prisoners' stages on the same register: build (every person's status on the date
/// and a month before), render both languages.
/// Whole-process figures come from bench/compare.sh, which times the published command.
/// </summary>
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-r|--register <FILE>")]
        [Description("The register workbook to read.")]
        public string Register { get; init; } = "templates/sample-register.xlsx";

        [CommandOption("-p|--period <SPEC>")]
        [Description("The bulletin period. Default: 2021-04-01..2021-04-07.")]
        public string Period { get; init; } = "2021-04-01..2021-04-07";

        [CommandOption("--as-of <DATE>")]
        [Description("The list of political prisoners' date. Default: the last day of the period.")]
        public string? AsOf { get; init; }

        [CommandOption("--templates <DIR>")]
        [Description("Folder with bulletin.en.docx and bulletin.ru.docx. Default: templates.")]
        public string Templates { get; init; } = "templates";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var stages = new List<(string Stage, double Ms, long PeakMb)>();
        void Stage(string name)
        {
            using var process = Process.GetCurrentProcess();
            stages.Add((name, clock.Elapsed.TotalMilliseconds, process.PeakWorkingSet64 / (1024 * 1024)));
            clock.Restart();
        }

        var bytes = File.ReadAllBytes(settings.Register);
        Stage("load");
        var today = FrozenClock.Now();
        var loaded = BulletinPipeline.ReadRegister([new WorkbookBytes(Path.GetFileName(settings.Register), bytes, Path.GetFullPath(settings.Register))], clock: today);
        Stage("read");
        var languages = new[] { "en", "ru" };
        var plan = BulletinPipeline.Plan(loaded, new BulletinRequest
        {
            Period = settings.Period,
            Languages = languages,
            Templates = languages.ToDictionary(l => l, l => TemplateSource.FromFile(Path.Combine(settings.Templates, DefaultTemplates.FileName(l)))),
            Clock = today,
        });
        Stage("build");
        var run = BulletinPipeline.Render(plan);
        Stage("render");
        var folder = Directory.CreateTempSubdirectory("reportbuilder-bench-");
        foreach (var draft in run.Drafts) File.WriteAllBytes(Path.Combine(folder.FullName, draft.FileName), draft.Bytes);
        folder.Delete(recursive: true);
        Stage("write");

        var asOf = settings.AsOf is { } given ? DateOnly.Parse(given, System.Globalization.CultureInfo.InvariantCulture) : plan.Period.Last;
        var list = PrisonersList.Build(loaded.Register, asOf);
        Stage("list");
        foreach (var language in languages)
            ReportGenerator.Prisoners(list, loaded.Register, language, ReportPipeline.DefaultTemplate(ReportKind.Prisoners, language), new TemplateOptions(), Stream.Null, DateTime.UnixEpoch);
        Stage("list-render");

        var (register, problems, bulletin) = (loaded.Register, loaded.Problems, plan.Bulletin);
        Console.Out.WriteLine($"{Path.GetFileName(settings.Register)}: {register.Persons.Count} persons, {register.Events.Count} events, " +
            $"{problems.ErrorCount} errors, {problems.WarningCount} warnings; {bulletin.Items.Count} items in {settings.Period}; {list.Total} listed as of {asOf:yyyy-MM-dd}");
        Console.Out.WriteLine("stage      wall ms   peak MB");
        foreach (var (stage, ms, peak) in stages) Console.Out.WriteLine($"{stage,-8} {ms,9:F0} {peak,9}");
        Console.Out.WriteLine($"{"total",-8} {stages.Sum(s => s.Ms),9:F0} {stages.Max(s => s.PeakMb),9}");
        return 0;
    }
}
