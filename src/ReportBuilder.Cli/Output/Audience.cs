namespace ReportBuilder.Cli.Output;

/// <summary>
/// Who reads the messages: someone at a terminal, or staff who double-clicked a launcher
/// (the launchers set REPORTBUILDER_LAUNCHER=1). Hints for the second never show command
/// syntax: they name the launcher to double-click or the setting in appsettings.json.
/// </summary>
public static class Audience
{
    public const string Variable = "REPORTBUILDER_LAUNCHER";

    public static bool Launcher => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>The hint for whoever reads it.</summary>
    public static string Hint(string terminal, string launcher) => Launcher ? launcher : terminal;
}
