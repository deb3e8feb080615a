using System.ComponentModel;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Bulletins.Templates;
using ReportBuilder.Cli.Output;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder templates --out DIR</c>: writes the default templates, for a fresh start:
/// the bulletin's, the list of political prisoners' and the case file's, in each language.
/// </summary>
public sealed class TemplatesCommand : Command<TemplatesCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Folder to write bulletin.en.docx, prisoners.en.docx, person.en.docx and their .ru.docx to. Default: where generate reads them (Bulletin:Templates).")]
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
            foreach (var report in Enum.GetValues<ReportKind>())
            {
                // Without --out: where generate reads them (the reports' beside the bulletin's).
                var path = settings.Out is { } folder
                    ? Path.GetFullPath(Path.Combine(folder, ReportTemplates.FileName(report, language)))
                    : config!.TemplatePath(report, language);
                AtomicFile.Write(path, settings.Overwrite, stream => ReportTemplates.Write(report, language, stream));
                Console.Out.WriteLine(Ui.Say("Cli.Wrote", ("path", path)));
            }
        }
        return 0;
    }
}
