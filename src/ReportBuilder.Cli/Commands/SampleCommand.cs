using System.ComponentModel;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register.Writing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder sample --out FILE.xlsx</c>: writes the shipped sample register from its source code.</summary>
public sealed class SampleCommand : Command<SampleCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write the register (.xlsx).")]
        public string Out { get; init; } = "sample-register.xlsx";

        [CommandOption("--overwrite")]
        [Description("Replace an existing file.")]
        public bool Overwrite { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AtomicFile.Write(settings.Out, settings.Overwrite, stream => RegisterWriter.Write(SampleRegister.Build(), stream));
        AnsiConsole.MarkupLineInterpolated($"Wrote {settings.Out}");
        return ExitCodes.Ok;
    }
}
