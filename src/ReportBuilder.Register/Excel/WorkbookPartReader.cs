using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>Reads xl/workbook.xml: the sheets in tab order and the date system.</summary>
internal static class WorkbookPartReader
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public sealed record Result(bool Date1904, IReadOnlyList<(string Name, string RelationshipId)> Sheets);

    public static Result Read(Stream stream)
    {
        var date1904 = false;
        var sheets = new List<(string, string)>();
        using var xml = XmlReader.Create(stream, XmlSettings.Fast);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "workbookPr")
            {
                var value = xml.GetAttribute("date1904");
                date1904 = value is "1" or "true";
            }
            else if (xml.LocalName == "sheet")
            {
                var name = xml.GetAttribute("name");
                var id = xml.GetAttribute("id", RelationshipsNamespace);
                if (name is not null && id is not null) sheets.Add((name, id));
            }
        }
        return new Result(date1904, sheets);
    }
}
