namespace ReportBuilder.Register.Excel;

/// <summary>All sheets of one workbook file, as saved.</summary>
/// <param name="File">The name used in messages (the file name, or the path the user gave).</param>
public sealed record RawWorkbook(string File, string FullPath, IReadOnlyList<RawSheet> Sheets)
{
    /// <summary>The bytes the sheets were read from: Check register marks a copy of exactly these.</summary>
    public byte[] Bytes { get; init; } = [];
}
