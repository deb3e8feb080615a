using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Docx.FixUps;

/// <summary>
/// Rules Word enforces on tables after blocks removed content: a table keeps at least one
/// row (an emptied table is removed), and every cell ends with a paragraph.
/// </summary>
public static class TableFixUps
{
    public static void Apply(OpenXmlElement root)
    {
        foreach (var table in root.Descendants<Table>().Reverse().ToList())
        {
            if (!table.Elements<TableRow>().Any()) table.Remove();
        }
        foreach (var cell in root.Descendants<TableCell>())
        {
            if (cell.ChildElements.LastOrDefault(e => e is not TableCellProperties) is not Paragraph)
                cell.AppendChild(new Paragraph());
        }
    }
}
