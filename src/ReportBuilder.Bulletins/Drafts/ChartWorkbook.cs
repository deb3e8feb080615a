using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// The small workbook embedded in a chart (Word opens it when an editor edits the chart's
/// data): month labels in column A, counts in column B under the series name. Written with
/// the Open XML SDK directly: the drafts need nothing of ClosedXML, whose reflection the
/// add-in's trimmed WebAssembly build cannot keep, and which took most of a chart's time.
/// </summary>
internal static class ChartWorkbook
{
    public static MemoryStream Write(IReadOnlyList<(string Label, int Count)> months, string series)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var rows = new SheetData(new Row(Text("A1", ""), Text("B1", series)) { RowIndex = 1 });
            for (var i = 0; i < months.Count; i++)
            {
                var row = (uint)(i + 2);
                rows.AppendChild(new Row(Text($"A{row}", months[i].Label),
                    new Cell(new CellValue(months[i].Count)) { CellReference = $"B{row}", DataType = CellValues.Number }) { RowIndex = row });
            }
            worksheet.Worksheet = new Worksheet(rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(worksheet) }));
        }
        stream.Position = 0;
        return stream;
    }

    private static Cell Text(string reference, string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };
}
