using System.Globalization;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>Reads an xl/tables/tableN.xml part: the Excel Table's name, range and header row.</summary>
internal static class TableReader
{
    public static ExcelTable? Read(Stream stream)
    {
        using var xml = XmlReader.Create(stream, XmlSettings.Fast);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "table") continue;
            var reference = xml.GetAttribute("ref");
            if (reference is null) return null;
            var headerRows = xml.GetAttribute("headerRowCount");
            var hasHeader = headerRows is null || int.Parse(headerRows, CultureInfo.InvariantCulture) > 0;
            var name = xml.GetAttribute("displayName") ?? xml.GetAttribute("name") ?? "Table";
            return new ExcelTable(name, CellRange.Parse(reference), hasHeader);
        }
        return null;
    }
}
