using ReportBuilder.Bulletins.Reports;
using ReportBuilder.Bulletins.Templates;

namespace ReportBuilder.Cli.Configuration;

/// <summary>The bound options and the folder relative paths in them are resolved against.</summary>
/// <param name="BaseFolder">The folder of the appsettings.json that was read (or the current folder).</param>
public sealed record LoadedConfiguration(AppOptions Options, string BaseFolder, string? SettingsFile)
{
    /// <summary>
    /// Where a report's template of a language is: the bulletin's from Bulletin:Templates (else
    /// templates/bulletin.LANG.docx), the list's and the case file's beside it. The one place both
    /// <c>templates</c> and <c>generate --report</c> ask.
    /// </summary>
    public string TemplatePath(ReportKind report, string language)
    {
        var bulletin = Path.GetFullPath(Path.Combine(BaseFolder,
            Options.Bulletin.Templates.GetValueOrDefault(language) ?? Path.Combine("templates", DefaultTemplates.FileName(language))));
        return report == ReportKind.Bulletin ? bulletin : Path.Combine(Path.GetDirectoryName(bulletin)!, ReportTemplates.FileName(report, language));
    }
}
