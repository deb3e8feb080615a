using System.ComponentModel;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register;
using ReportBuilder.Register.Writing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder validate</c>: reads the register and lists every problem in one pass.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-r|--register <PATH>")]
        [Description("Register workbook, folder or glob (repeatable). Default: Register:Paths from appsettings.json.")]
        public string[] Register { get; init; } = [];

        [CommandOption("--annotate <OUT>")]
        [Description("Write a copy of the register workbook with every problem marked on its cell, and a Problems sheet.")]
        public string? Annotate { get; init; }

        [CommandOption("--overwrite")]
        [Description("With --annotate: replace an annotated copy that already exists (never the register itself).")]
        public bool Overwrite { get; init; }

        [CommandOption("--json")]
        [Description("Print the problems as a JSON array (id, severity, file, sheet, cell, value, message).")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = AppConfiguration.Load(settings.Set);
        var result = ConsoleProgress.Run("Reading the register…", () => RegisterSource.Load(config, settings.Register));
        if (settings.Annotate is { } annotated) WriteAnnotatedCopy(result, annotated, settings.Overwrite);
        if (settings.Json)
        {
            Console.Out.WriteLine(ProblemJson.Serialize(result.Problems.Items));
        }
        else
        {
            ProblemReport.Write(AnsiConsole.Console, result.Problems);
            AnsiConsole.MarkupLineInterpolated(
                $"Read {result.Register.Files.Count} workbook(s): {result.Register.Persons.Count} persons, {result.Register.Events.Count} events.");
        }
        return result.Problems.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static void WriteAnnotatedCopy(RegisterLoadResult result, string output, bool overwrite)
    {
        if (result.Register.Files.Count != 1 || result.Register.SourcePaths.Count != 1)
            throw new UserException("--annotate marks one workbook at a time, but the register has " + result.Register.Files.Count + ".",
                "Pass that workbook with --register FILE.xlsx.", ExitCodes.Usage);
        var original = Path.GetFullPath(result.Register.SourcePaths[0]);
        if (string.Equals(original, Path.GetFullPath(output), StringComparison.Ordinal))
            throw new UserException("--annotate must name a new file, not the register itself.", "For example: --annotate register.checked.xlsx", ExitCodes.Usage);
        AtomicFile.Write(output, overwrite, stream =>
            AnnotatedCopyWriter.Write(original, result.Register.Files[0], result.Problems.Items, stream));
        Console.Out.WriteLine($"Wrote {Path.GetFullPath(output)}: {result.Problems.Items.Count} problem(s) marked.");
    }
}
