using ReportBuilder.Problems;
using System.Globalization;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Model;

/// <summary>
/// The register row a record came from, for messages and review comments
/// (<c>register.xlsx Events!A14</c>). Columns is the sheet's header map, shared by its rows.
/// </summary>
public sealed record SourceRow(string File, string Sheet, int Row, IReadOnlyDictionary<string, int> Columns)
{
    /// <summary>The cell of a documented column in this row (falls back to column A).</summary>
    public CellLocation CellOf(string column) =>
        new(File, Sheet, CellAddress.Format(Row, Columns.TryGetValue(column, out var index) ? index + 1 : 1));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File} {Sheet}!A{Row}");
}
