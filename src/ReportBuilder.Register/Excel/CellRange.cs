using System.Globalization;

namespace ReportBuilder.Register.Excel;

/// <summary>A rectangular range with 1-based rows and columns, parsed from refs like "B3:F20".</summary>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public static CellRange Parse(string reference)
    {
        var parts = reference.Split(':');
        var (r1, c1) = CellAddress.Parse(parts[0]);
        var (r2, c2) = parts.Length > 1 ? CellAddress.Parse(parts[1]) : (r1, c1);
        return new CellRange(r1, c1, r2, c2);
    }

    public bool Contains(int row, int column) =>
        row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CellAddress.Format(FirstRow, FirstColumn)}:{CellAddress.Format(LastRow, LastColumn)}");
}
