namespace ReportBuilder.Register.Excel;

/// <summary>A worksheet's rows with values, in order, merged cells already filled in.</summary>
public sealed class RawSheet(string name, IReadOnlyList<RawRow> rows, IReadOnlyList<ExcelTable> tables, IReadOnlyList<CellRange>? wideMerges = null)
{
    public string Name { get; } = name;

    public IReadOnlyList<RawRow> Rows { get; } = rows;

    /// <summary>Excel Tables (Insert > Table) on this sheet; the first one gives the header row.</summary>
    public IReadOnlyList<ExcelTable> Tables { get; } = tables;

    /// <summary>Merged ranges that span more than one column; their value is in their first column only.</summary>
    public IReadOnlyList<CellRange> WideMerges { get; } = wideMerges ?? [];
}
