using System.ComponentModel;
using ReportBuilder.Cli.Errors;
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
        if (File.Exists(settings.Out) && !settings.Overwrite)
            throw new UserException($"{settings.Out} already exists.", "Choose another --out, or pass --overwrite to replace it.", ExitCodes.InputErrors);
        RegisterWriter.Write(SampleRegister.Build(), settings.Out);
        AnsiConsole.MarkupLineInterpolated($"Wrote {settings.Out}");
        return ExitCodes.Ok;
    }
}
