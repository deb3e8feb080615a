using System.ComponentModel;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register.Writing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder sample --out FILE.xlsx [--events N]</c>: writes the shipped sample register
/// from its source code, or a deterministic synthetic register of N events for benchmarks.
/// </summary>
public sealed class SampleCommand : Command<SampleCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write the register (.xlsx).")]
        public string Out { get; init; } = "sample-register.xlsx";

        [CommandOption("-n|--events <N>")]
        [Description("Write a synthetic register with N events (about N/3 persons, 2015–2025) instead of the shipped sample; the same N gives the same cells.")]
        public int? Events { get; init; }

        [CommandOption("--overwrite")]
        [Description("Replace an existing file.")]
        public bool Overwrite { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Events is { } events)
        {
            if (events < 1) throw UserErrors.TooFewEvents();
            AtomicFile.Write(settings.Out, settings.Overwrite, stream => StreamingRegisterWriter.Write(SyntheticRegister.Build(events), stream));
        }
        else
        {
            AtomicFile.Write(settings.Out, settings.Overwrite, stream => RegisterWriter.Write(SampleRegister.Build(), stream));
        }
        AnsiConsole.MarkupLineInterpolated($"Wrote {Path.GetFullPath(settings.Out)}");
        return ExitCodes.Ok;
    }
}
