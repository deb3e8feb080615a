using ReportBuilder.Cli.Errors;

namespace ReportBuilder.Cli.Configuration;

/// <summary>Start-up checks of option values that binding alone cannot catch.</summary>
internal static class OptionsCheck
{
    private static readonly string[] PeriodLengths = ["day", "week", "month"];

    public static void Run(AppOptions options)
    {
        var bulletin = options.Bulletin;
        if (!PeriodLengths.Contains(bulletin.PeriodLength, StringComparer.OrdinalIgnoreCase))
            throw UserErrors.BadOption("Bulletin:PeriodLength", bulletin.PeriodLength, "one of day, week, month");
        foreach (var language in bulletin.Languages)
        {
            if (!bulletin.Templates.ContainsKey(language))
                throw UserErrors.BadOption($"Bulletin:Templates:{language}", "(missing)", $"the path of the Word template for language '{language}'");
        }
        if (string.IsNullOrWhiteSpace(bulletin.OutputFolder))
            throw UserErrors.BadOption("Bulletin:OutputFolder", "(empty)", "a folder for the drafts, such as out");
    }
}
