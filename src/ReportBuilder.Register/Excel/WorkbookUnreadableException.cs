using ReportBuilder.Problems;
namespace ReportBuilder.Register.Excel;

/// <summary>
/// The file is not a workbook we can read whole; says what it is and what to do, and, for a
/// damaged workbook, the sheet and row where the damage was found.
/// </summary>
public sealed class WorkbookUnreadableException(string file, LocalText found, LocalText hint, string? sheet = null, string? cell = null, Exception? inner = null)
    : Exception($"Cannot read '{file}': {found}. {hint}", inner)
{
    public string File { get; } = file;

    /// <summary>What the file is found to be, in the reader's language (a runtime detail inside stays as the runtime wrote it).</summary>
    public LocalText Found { get; } = found;

    public LocalText Hint { get; } = hint;

    public string? Sheet { get; } = sheet;

    /// <summary>The row as Excel names it ("9:9"), when the damage is in one row.</summary>
    public string? Cell { get; } = cell;
}
