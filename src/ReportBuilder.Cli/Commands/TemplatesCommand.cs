using System.ComponentModel;
using ReportBuilder.Bulletins.Templates;
using ReportBuilder.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder templates --out DIR</c>: writes the default bulletin templates, for a fresh start.</summary>
public sealed class TemplatesCommand : Command<TemplatesCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder to write bulletin.en.docx and bulletin.ru.docx to. Default: where generate reads them (Bulletin:Templates).")]
        public string? Out { get; init; }

        [CommandOption("--overwrite")]
        [Description("Replace templates that exist (staff may have edited them).")]
        public bool Overwrite { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = settings.Out is null ? Configuration.AppConfiguration.Load(settings.Set) : null;
        foreach (var language in DefaultTemplates.Languages)
        {
            var path = Path.GetFullPath(settings.Out is { } folder
                ? Path.Combine(folder, DefaultTemplates.FileName(language))
                : Path.Combine(config!.BaseFolder, config.Options.Bulletin.Templates.GetValueOrDefault(language) ?? Path.Combine("templates", DefaultTemplates.FileName(language))));
            AtomicFile.Write(path, settings.Overwrite, stream => DefaultTemplates.Write(language, stream));
            AnsiConsole.MarkupLineInterpolated($"Wrote {path}");
        }
        return 0;
    }
}
