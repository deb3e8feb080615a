using ClosedXML.Excel;
using ReportBuilder.Register.Excel;

namespace ReportBuilder.Register.Tests;

/// <summary>
/// An independent second reader for the equivalence tests: the same workbook read through
/// ClosedXML 0.95.4 into the engine's raw model. The engine reads with its own streaming
/// scanner; on the same files both must give the same register and the same problems.
/// Known limit of ClosedXML 0.95.4: an error cell (#N/A) reads as empty text.
/// </summary>
public static class ClosedXmlRegisterReader
{
    public static RawWorkbook Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var workbook = new XLWorkbook(stream);
        var sheets = new List<RawSheet>();
        foreach (var sheet in workbook.Worksheets)
        {
            var rows = new SortedDictionary<int, Dictionary<int, RawCell>>();
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents))
            {
                var raw = Convert(cell);
                if (raw.IsBlank) continue;
                var row = cell.Address.RowNumber;
                if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
                cells[cell.Address.ColumnNumber] = raw;
            }
            foreach (var range in sheet.MergedRanges)
            {
                var top = range.FirstCell();
                if (!rows.TryGetValue(top.Address.RowNumber, out var topRow) || !topRow.TryGetValue(top.Address.ColumnNumber, out var value)) continue;
                for (var r = range.RangeAddress.FirstAddress.RowNumber; r <= range.RangeAddress.LastAddress.RowNumber; r++)
                {
                    if (!rows.TryGetValue(r, out var cells)) rows[r] = cells = [];
                    for (var c = range.RangeAddress.FirstAddress.ColumnNumber; c <= range.RangeAddress.LastAddress.ColumnNumber; c++) cells[c] = value;
                }
            }
            var rawRows = rows.Select(r =>
            {
                var array = new RawCell[r.Value.Keys.Max()];
                foreach (var (column, cell) in r.Value) array[column - 1] = cell;
                return new RawRow(r.Key, array);
            }).ToList();
            var tables = sheet.Tables.Select(t => new ExcelTable(t.Name,
                new CellRange(t.RangeAddress.FirstAddress.RowNumber, t.RangeAddress.FirstAddress.ColumnNumber,
                    t.RangeAddress.LastAddress.RowNumber, t.RangeAddress.LastAddress.ColumnNumber), t.ShowHeaderRow)).ToList();
            sheets.Add(new RawSheet(sheet.Name, rawRows, tables));
        }
        return new RawWorkbook(Path.GetFileName(path), Path.GetFullPath(path), sheets);
    }

    private static RawCell Convert(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            // ClosedXML keeps a formula's saved result as text only.
            var cached = cell.CachedValue?.ToString();
            return string.IsNullOrEmpty(cached) ? new RawCell(CellKind.FormulaWithoutValue, null, 0) : Text(cached);
        }
        return cell.DataType switch
        {
            XLDataType.Number => new RawCell(CellKind.Number, null, cell.GetDouble()),
            XLDataType.DateTime => new RawCell(CellKind.Date, null, cell.GetDateTime().ToOADate()),
            XLDataType.Boolean => new RawCell(CellKind.Boolean, null, cell.GetBoolean() ? 1 : 0),
            XLDataType.TimeSpan => new RawCell(CellKind.Number, null, cell.GetTimeSpan().TotalDays),
            _ => Text(cell.GetString()),
        };
    }

    private static RawCell Text(string text)
    {
        var cleaned = ExcelText.Clean(text);
        return cleaned.Length == 0 ? RawCell.Blank : new RawCell(CellKind.Text, cleaned, 0);
    }
}
