using ReportBuilder.Problems;

namespace ReportBuilder.Cli.Errors;

/// <summary>
/// A mistake the user can fix (bad option, bad file, bad configuration): a problem, printed in
/// the reader's language as a message and a hint, never as a stack trace. Stack traces are for bugs.
/// </summary>
public sealed class UserException(Problem problem, int exitCode) : Exception(problem.Message)
{
    public Problem Problem { get; } = problem;

    /// <summary>The hint in English, for whoever reads the exception rather than the console.</summary>
    public string? Hint => Problem.Hint(UiLanguage.English);

    /// <summary>1 for bad input, 2 for bad usage.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>A command-line problem: the id names the text, the file is the setting or file concerned.</summary>
    public static UserException Of(string id, string code, string file, int exitCode, params ProblemArgument[] arguments) =>
        Of(id, id, code, file, exitCode, arguments);

    public static UserException Of(string id, string key, string code, string file, int exitCode, params ProblemArgument[] arguments) =>
        new(new Problem(id, code, Severity.Error, file, null, null, null, key, arguments), exitCode);
}
