using System.ComponentModel;
using System.Diagnostics;
using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder bench --register FILE</c>: runs the generate pipeline in this process and
/// reports wall time and peak memory after each stage (read, validate, build, render, write).
/// Whole-process figures come from bench/run.sh, which times the real command.
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

        var workbook = WorkbookReader.Read(settings.Register);
        Stage("read");
        var problems = new ProblemList();
        var register = RegisterLoader.Parse([workbook], RegisterLayout.Default, problems);
        Stage("validate");
        var bulletin = BulletinBuilder.Build(register, PeriodSpec.Parse(settings.Period)!);
        Stage("build");
        var drafts = new Dictionary<string, MemoryStream>();
        foreach (var language in new[] { "en", "ru" })
        {
            var stream = new MemoryStream();
            DraftGenerator.Generate(bulletin, register, problems.Items, language, Path.Combine(settings.Templates, $"bulletin.{language}.docx"),
                new TemplateOptions(), stream, DateTime.UtcNow);
            drafts[language] = stream;
        }
        Stage("render");
        var folder = Directory.CreateTempSubdirectory("reportbuilder-bench-");
        foreach (var (language, stream) in drafts) File.WriteAllBytes(Path.Combine(folder.FullName, $"bulletin.{language}.docx"), stream.ToArray());
        folder.Delete(recursive: true);
        Stage("write");

        Console.Out.WriteLine($"{Path.GetFileName(settings.Register)}: {register.Persons.Count} persons, {register.Events.Count} events, " +
            $"{problems.ErrorCount} errors, {problems.WarningCount} warnings; {bulletin.Items.Count} items in {settings.Period}");
        Console.Out.WriteLine("stage      wall ms   peak MB");
        foreach (var (stage, ms, peak) in stages) Console.Out.WriteLine($"{stage,-8} {ms,9:F0} {peak,9}");
        Console.Out.WriteLine($"{"total",-8} {stages.Sum(s => s.Ms),9:F0} {stages.Max(s => s.PeakMb),9}");
        return 0;
    }
}
