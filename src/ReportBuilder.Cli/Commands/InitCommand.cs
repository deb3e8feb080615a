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

        [CommandOption("--numbered")]
        [Description("When the file exists, write NAME (2).xlsx, NAME (3).xlsx … instead (the New register launcher).")]
        public bool Numbered { get; init; }

        [CommandOption("--open")]
        [Description("Open the new register afterwards.")]
        public bool Open { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // No --overwrite on purpose: the file may be a register full of data.
        var output = settings.Numbered ? FreeName(settings.Out) : settings.Out;
        if (File.Exists(output))
            throw OutputErrors.ExistsNeverReplaced(output);
        AtomicFile.Write(output, overwrite: false, BlankRegisterWriter.Write);
        Console.Out.WriteLine(Ui.Say("Cli.WroteBlank", ("path", Path.GetFullPath(output))));
        if (settings.Open) FolderOpener.Open(Path.GetFullPath(output), Ui.Say("Cli.NewRegisterIs"));
        return 0;
    }

    /// <summary>The name, or the first of NAME (2), NAME (3) … that does not exist yet.</summary>
    private static string FreeName(string path)
    {
        var folder = Path.GetDirectoryName(path) ?? "";
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        var candidate = path;
        for (var n = 2; File.Exists(candidate); n++) candidate = Path.Combine(folder, $"{stem} ({n}){extension}");
        return candidate;
    }
}
