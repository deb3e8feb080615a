namespace ReportBuilder.Register.Excel;

/// <summary>
/// The file is not a workbook we can read whole; says what it is and what to do, and, for a
/// damaged workbook, the sheet and row where the damage was found.
/// </summary>
public sealed class WorkbookUnreadableException(string file, string found, string hint, string? sheet = null, string? cell = null, Exception? inner = null)
    : Exception($"Cannot read '{file}': {found.TrimEnd('.')}. {hint}", inner)
{
    public string File { get; } = file;

    public string Found { get; } = found;

    public string Hint { get; } = hint;

    public string? Sheet { get; } = sheet;

    /// <summary>The row as Excel names it ("9:9"), when the damage is in one row.</summary>
    public string? Cell { get; } = cell;
}
