using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>
/// Shows what the program is doing while a slow step runs (reading a large register,
/// rendering), on a terminal only: redirected output stays quiet, so logs and scripts see
/// nothing but results.
/// </summary>
public static class ConsoleProgress
{
    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static T Run<T>(string what, Func<T> work) =>
        Interactive
            ? AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(what, _ => work())
            : work();
}
