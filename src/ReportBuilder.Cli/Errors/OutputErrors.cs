using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli.Errors;

/// <summary>User errors about output files, each with what to do.</summary>
public static class OutputErrors
{
    /// <summary>A file that is never replaced, whatever the options: says how else to go on.</summary>
    public static UserException ExistsNeverReplaced(string path, string hint) => new(
        $"{path} already exists; it is not replaced.", hint, ExitCodes.InputErrors);

    public static UserException Exists(params string[] paths) => new(
        paths.Length == 1
            ? $"{paths[0]} already exists; it is not replaced, because an editor may have worked on it."
            : $"{string.Join(" and ", paths)} already exist; they are not replaced, because an editor may have worked on them.",
        Audience.Hint(
            paths.Length == 1
                ? "Move or rename it, choose another output, or pass --overwrite to replace it."
                : "Move or rename them, choose another output, or pass --overwrite to replace them.",
            "To replace them, double-click 'Generate bulletin again (replace drafts)'; to keep them, move them out of the folder first."),
        ExitCodes.InputErrors);

    public static UserException ReadOnly(string path) => new(
        $"{path} is read-only or open in another program (Word?); it was not replaced.",
        "Close it in Word (or clear its read-only flag) and run again.",
        ExitCodes.InputErrors);

    /// <summary>A set of files (both drafts) not written; says exactly what is on disk.</summary>
    public static UserException SetNotWritten(string folder, IEnumerable<string> names, string detail, bool restored) => new(
        $"Cannot write {string.Join(" and ", names)} in {folder}: {detail}",
        restored
            ? "Nothing was changed: the drafts that were there are as they were, and no new draft was kept. Free some space (or close the drafts in Word) and run again."
            : $"Some drafts could not be put back: check the files in {folder} (a name starting '.rb-' holds an earlier draft).",
        ExitCodes.InputErrors);

    public static UserException Interrupted(string folder, bool restored) => new(
        $"Stopped before the drafts in {folder} were complete.",
        restored
            ? "Nothing was changed: the drafts that were there are as they were."
            : $"Some drafts could not be put back: check the files in {folder} (a name starting '.rb-' holds an earlier draft).",
        ExitCodes.InputErrors);

    public static UserException Busy(string folder) => new(
        $"Another ReportBuilder run is writing drafts into {folder}.",
        "Wait for it to finish and run again.",
        ExitCodes.InputErrors);

    public static UserException CannotWrite(string path, string detail) => new(
        $"Cannot write {path}: {detail}",
        "Check that the folder exists and is writable, and that the file is not open in Word; nothing was changed.",
        ExitCodes.InputErrors);
}
