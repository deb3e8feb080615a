namespace ReportBuilder.Register.Excel;

/// <summary>The file is not a workbook we can read; says what it is and what to do.</summary>
public sealed class WorkbookUnreadableException(string file, string found, string hint, Exception? inner = null)
    : Exception($"Cannot read '{file}': {found}. {hint}", inner)
{
    public string File { get; } = file;

    public string Found { get; } = found;

    public string Hint { get; } = hint;
}
