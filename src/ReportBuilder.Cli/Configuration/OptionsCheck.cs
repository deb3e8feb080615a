using ReportBuilder.Problems;
using ReportBuilder.Cli.Errors;

namespace ReportBuilder.Cli.Configuration;

/// <summary>Start-up checks of option values that binding alone cannot catch.</summary>
internal static class OptionsCheck
{
    private static readonly string[] PeriodLengths = ["day", "week", "month"];

    public static void Run(AppOptions options)
    {
        if (options.Ui.Language is { Length: > 0 } ui && UiLanguages.Parse(ui) is null)
            throw UserErrors.BadUiLanguage(ui);
        var bulletin = options.Bulletin;
        if (!PeriodLengths.Contains(bulletin.PeriodLength, StringComparer.OrdinalIgnoreCase))
            throw UserErrors.BadOption("Bulletin:PeriodLength", bulletin.PeriodLength, new LocalText("C007.PeriodLength"));
        foreach (var language in bulletin.Languages)
        {
            if (!bulletin.Templates.ContainsKey(language))
                throw UserErrors.BadOption($"Bulletin:Templates:{language}", new LocalText("C007.Missing"), new LocalText("C007.Template", ("language", language)));
        }
        if (string.IsNullOrWhiteSpace(bulletin.OutputFolder))
            throw UserErrors.BadOption("Bulletin:OutputFolder", new LocalText("C007.Empty"), new LocalText("C007.OutputFolder"));
    }
}
