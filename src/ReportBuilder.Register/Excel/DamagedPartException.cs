using ReportBuilder.Problems;
namespace ReportBuilder.Register.Excel;

/// <summary>
/// A part of the workbook package is not whole, or is larger than the reader takes: thrown by
/// the part readers with what they found and, where they know it, the row;
/// <see cref="WorkbookReader"/> adds the file and the sheet and turns it into a
/// <see cref="WorkbookUnreadableException"/>.
/// </summary>
/// <param name="isLimit">True when the part is not damaged but over one of the <see cref="ReadLimits"/>.</param>
/// <param name="detail">What is wrong: a phrase in the reader's language (LocalText) where one is written, else English text for whoever repairs the file.</param>
internal sealed class DamagedPartException(object detail, int? row = null, string? part = null, bool isLimit = false) : Exception(detail.ToString())
{
    public object Detail { get; } = detail;

    public int? Row { get; } = row;

    /// <summary>The package part (/xl/worksheets/sheet2.xml), once known.</summary>
    public string? Part { get; } = part;

    public bool IsLimit { get; } = isLimit;

    public DamagedPartException In(string part) => Part is null ? new(Detail, Row, part, IsLimit) : this;
}
