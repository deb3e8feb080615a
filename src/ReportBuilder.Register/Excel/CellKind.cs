namespace ReportBuilder.Register.Excel;

/// <summary>What a worksheet cell holds, as saved in the file.</summary>
public enum CellKind
{
    Blank,
    Text,
    Number,
    /// <summary>A number shown with a date format; the value is an OLE automation date (1900 system).</summary>
    Date,
    Boolean,
    /// <summary>An Excel error such as #N/A or #REF!; <see cref="RawCell.Text"/> holds it.</summary>
    Error,
    /// <summary>A formula saved without its result (written by a tool that does not calculate).</summary>
    FormulaWithoutValue,
}
