using ReportBuilder.Problems;

namespace ReportBuilder.Cli.Errors;

/// <summary>Problems with output files, each with what to do (in ProblemTexts, under W0nn).</summary>
public static class OutputErrors
{
    /// <summary>A file that is never replaced, whatever the options (a register from init).</summary>
    public static UserException ExistsNeverReplaced(string path) =>
        UserException.Of("W001", "exists-never-replaced", path, ExitCodes.InputErrors, ("path", path));

    public static UserException Exists(params string[] paths) =>
        UserException.Of("W002", paths.Length == 1 ? "W002" : "W002.Many", "exists", paths[0], ExitCodes.InputErrors, ("paths", Listed(paths)));

    public static UserException ReadOnly(string path) =>
        UserException.Of("W003", "read-only", path, ExitCodes.InputErrors, ("path", path));

    /// <summary>A set of files (both drafts) not written; says exactly what is on disk.</summary>
    public static UserException SetNotWritten(string folder, IEnumerable<string> names, string detail, bool restored) =>
        UserException.Of("W004", restored ? "W004" : "W004.NotRestored", "set-not-written", folder, ExitCodes.InputErrors,
            ("folder", folder), ("names", Listed([.. names])), ("detail", detail));

    public static UserException Interrupted(string folder, bool restored) =>
        UserException.Of("W005", restored ? "W005" : "W005.NotRestored", "interrupted", folder, ExitCodes.InputErrors, ("folder", folder));

    public static UserException Busy(string folder) =>
        UserException.Of("W006", "busy", folder, ExitCodes.InputErrors, ("folder", folder));

    /// <summary>"a.docx and b.docx" / "a.docx и b.docx": names in a sentence, in the reader's language.</summary>
    private static object Listed(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : new LocalText("And", ("first", string.Join(", ", names.SkipLast(1))), ("last", names[^1]));

    public static UserException CannotWrite(string path, string detail) =>
        UserException.Of("W007", "cannot-write", path, ExitCodes.InputErrors, ("path", path), ("detail", detail));
}
