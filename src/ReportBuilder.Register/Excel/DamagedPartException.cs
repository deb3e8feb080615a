namespace ReportBuilder.Register.Excel;

/// <summary>
/// A part of the workbook package is not whole: thrown by the part readers with what they
/// found and, where they know it, the row; <see cref="WorkbookReader"/> adds the file and
/// the sheet and turns it into a <see cref="WorkbookUnreadableException"/>.
/// </summary>
internal sealed class DamagedPartException(string detail, int? row = null, string? part = null) : Exception(detail)
{
    public string Detail { get; } = detail;

    public int? Row { get; } = row;

    /// <summary>The package part (/xl/worksheets/sheet2.xml), once known.</summary>
    public string? Part { get; } = part;

    public DamagedPartException In(string part) => Part is null ? new(Detail, Row, part) : this;
}
