namespace ReportBuilder.Cli.Errors;

/// <summary>
/// A mistake the user can fix (bad option, bad file, bad configuration). Printed as a message
/// and a hint, never as a stack trace. Stack traces are for bugs.
/// </summary>
public sealed class UserException(string message, string? hint, int exitCode) : Exception(message)
{
    public string? Hint { get; } = hint;

    /// <summary>1 for bad input, 2 for bad usage.</summary>
    public int ExitCode { get; } = exitCode;
}
