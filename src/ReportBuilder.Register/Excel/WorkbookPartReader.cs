using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>Reads xl/workbook.xml: the sheets in tab order and the date system.</summary>
internal static class WorkbookPartReader
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public sealed record Result(bool Date1904, IReadOnlyList<(string Name, string RelationshipId)> Sheets);

    public static Result Read(XlsxPackage package, string part)
    {
        var date1904 = false;
        var sheets = new List<(string, string)>();
        package.Parse(part, xml =>
        {
            if (xml.NodeType != XmlNodeType.Element) return;
            if (xml.LocalName == "workbookPr")
            {
                var value = xml.GetAttribute("date1904");
                date1904 = value is "1" or "true";
            }
            else if (xml.LocalName == "sheet")
            {
                var name = xml.GetAttribute("name");
                var id = xml.GetAttribute("id", RelationshipsNamespace);
                if (name is null || id is null) throw new DamagedPartException("a sheet lacks its name or its relationship id");
                sheets.Add((name, id));
            }
        });
        return new Result(date1904, sheets);
    }
}
