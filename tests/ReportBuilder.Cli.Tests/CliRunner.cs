using Spectre.Console;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// Runs reportbuilder as a user would, in this process: the same entry point, arguments,
/// working folder and environment, with its output captured. A process per command added a
/// second of start-up to every test and nothing a test checks (PublishTests runs the real
/// published executable). Runs are one at a time, since the working folder and the console
/// are the process's own; tests that start processes give them an explicit working folder.
/// </summary>
public static class CliRunner
{
    private static readonly Lock Gate = new();

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    public static Result Run(string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        lock (Gate)
        {
            var (folder, output, error, console) = (Directory.GetCurrentDirectory(), Console.Out, Console.Error, AnsiConsole.Console);
            var saved = environment.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            try
            {
                foreach (var (key, value) in environment) Environment.SetEnvironmentVariable(key, value);
                Directory.SetCurrentDirectory(workingDirectory);
                Console.SetOut(stdout);
                Console.SetError(stderr);
                AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(stdout),
                    Ansi = AnsiSupport.No,
                    ColorSystem = ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                AnsiConsole.Console.Profile.Width = 200;
                var code = ReportBuilderApp.Run(args);
                return new Result(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(output);
                Console.SetError(error);
                AnsiConsole.Console = console;
                Directory.SetCurrentDirectory(folder);
                foreach (var (key, value) in saved) Environment.SetEnvironmentVariable(key, value);
            }
        }
    }
}
