using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportBuilder.TestSupport;

/// <summary>
/// Edits a saved workbook's XML for what ClosedXML cannot write but Excel does: error cells,
/// formulas with (or without) their cached result, inline strings, the 1904 date system.
/// </summary>
public static class XlsxPatch
{
    public static void ErrorCell(string path, string sheet, string address, string error) =>
        ReplaceCell(path, sheet, address, new Cell { DataType = CellValues.Error, CellValue = new CellValue(error) });

    public static void FormulaCell(string path, string sheet, string address, string formula, string? cachedNumber) =>
        ReplaceCell(path, sheet, address, new Cell
        {
            CellFormula = new CellFormula(formula),
            CellValue = cachedNumber is null ? null : new CellValue(cachedNumber),
        });

    public static void FormulaTextCell(string path, string sheet, string address, string formula, string cachedText) =>
        ReplaceCell(path, sheet, address, new Cell
        {
            DataType = CellValues.String,
            CellFormula = new CellFormula(formula),
            CellValue = new CellValue(cachedText),
        });

    public static void InlineStringCell(string path, string sheet, string address, string text) => InlineStringCells(path, sheet, (address, text));

    /// <summary>Several inline-string cells in one opening of the sheet (large sheets are slow to load as a DOM).</summary>
    public static void InlineStringCells(string path, string sheet, params (string Address, string Text)[] cells) =>
        ReplaceCells(path, sheet, [.. cells.Select(c => (c.Address, new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(c.Text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        }))]);

    /// <summary>Switches the workbook to the 1904 date system, keeping the stored serial numbers.</summary>
    public static void Use1904(string path)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!.Workbook;
        workbook.WorkbookProperties ??= new WorkbookProperties();
        workbook.WorkbookProperties.Date1904 = true;
        workbook.Save();
    }

    private static void ReplaceCell(string path, string sheet, string address, Cell cell) => ReplaceCells(path, sheet, [(address, cell)]);

    private static void ReplaceCells(string path, string sheet, (string Address, Cell Cell)[] cells)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbookPart = document.WorkbookPart!;
        var id = workbookPart.Workbook.Descendants<Sheet>().First(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbookPart.GetPartById(id);
        var data = part.Worksheet.GetFirstChild<SheetData>()!;
        foreach (var (address, cell) in cells) Place(data, address, cell);
        part.Worksheet.Save();
    }

    private static void Place(SheetData data, string address, Cell cell)
    {
        var rowNumber = uint.Parse(new string([.. address.Where(char.IsDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = rowNumber };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < rowNumber);
            if (after is null) data.PrependChild(row);
            else after.InsertAfterSelf(row);
        }
        cell.CellReference = address;
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == address);
        if (existing is not null)
        {
            cell.StyleIndex = existing.StyleIndex;
            existing.InsertAfterSelf(cell);
            existing.Remove();
        }
        else
        {
            var next = row.Elements<Cell>().FirstOrDefault(c => ColumnOf(c.CellReference!) > ColumnOf(address));
            if (next is null) row.Append(cell);
            else next.InsertBeforeSelf(cell);
        }
    }

    private static int ColumnOf(string address)
    {
        var column = 0;
        foreach (var ch in address.TakeWhile(char.IsLetter)) column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        return column;
    }
}
