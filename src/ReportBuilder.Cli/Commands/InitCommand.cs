using System.ComponentModel;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register.Writing;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder init [--out register.xlsx]</c>: a blank register ready for staff.</summary>
public sealed class InitCommand : Command<InitCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write the blank register (refuses to replace an existing file).")]
        public string Out { get; init; } = "register.xlsx";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // No --overwrite on purpose: the file may be a register full of data.
        if (File.Exists(settings.Out))
            throw OutputErrors.ExistsNeverReplaced(settings.Out,
                "init never replaces a file (it may be a register full of data): choose another name with --out, or move the file away first.");
        AtomicFile.Write(settings.Out, overwrite: false, BlankRegisterWriter.Write);
        Console.Out.WriteLine($"Wrote {Path.GetFullPath(settings.Out)}: a blank register with lists, validation and instructions.");
        return 0;
    }
}
