using System.Globalization;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Problems;

namespace ReportBuilder.Cli.Output;

/// <summary>
/// The language this run speaks to its reader: --ui-language, else Ui:Language from the
/// settings, else the system's display language. One run is one command in one process, so
/// the choice is made once, at the start, for every message of the run (errors included).
/// </summary>
public static class Ui
{
    public const string Option = "--ui-language";

    public static UiLanguage Language { get; private set; } = UiLanguage.English;

    private static bool _fromCommandLine;

    /// <summary>Before the arguments are parsed: the option if given, else the system's language.</summary>
    internal static void Choose(string[] args)
    {
        _fromCommandLine = false;
        Language = UiLanguages.For(CultureInfo.CurrentUICulture);
        var asked = AskedFor(args);
        if (asked is null) return;
        Language = UiLanguages.Parse(asked) ?? throw UserErrors.BadUiLanguage(asked);
        _fromCommandLine = true;
    }

    /// <summary>Once the settings are read: Ui:Language, unless the command line chose.</summary>
    internal static void FromSettings(string configured)
    {
        if (!_fromCommandLine && UiLanguages.Parse(configured) is { } language) Language = language;
    }

    private static string? AskedFor(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(Option + "=", StringComparison.Ordinal)) return args[i][(Option.Length + 1)..];
            if (args[i] == Option) return i + 1 < args.Length ? args[i + 1] : "";
        }
        return null;
    }

    /// <summary>A problem's message, in this run's language.</summary>
    public static string Text(Problem problem) => problem.Text(Language);

    /// <summary>A line of the tool's own (not a problem), in this run's language.</summary>
    public static string Say(string key, params ProblemArgument[] arguments) => ProblemTexts.Render(key, arguments, Language);
}
