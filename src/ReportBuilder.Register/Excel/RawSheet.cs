namespace ReportBuilder.Register.Excel;

/// <summary>A worksheet's rows with values, in order, merged cells already filled in.</summary>
public sealed class RawSheet(string name, IReadOnlyList<RawRow> rows, IReadOnlyList<ExcelTable> tables)
{
    public string Name { get; } = name;

    public IReadOnlyList<RawRow> Rows { get; } = rows;

    /// <summary>Excel Tables (Insert > Table) on this sheet; the first one defines the header row.</summary>
    public IReadOnlyList<ExcelTable> Tables { get; } = tables;
}
