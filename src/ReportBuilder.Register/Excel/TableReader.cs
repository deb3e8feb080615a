using System.Globalization;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>Reads an xl/tables/tableN.xml part: the Excel Table's name, range and header row.</summary>
internal static class TableReader
{
    public static ExcelTable? Read(XlsxPackage package, string part)
    {
        ExcelTable? table = null;
        package.Parse(part, xml =>
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "table" || table is not null) return;
            var reference = xml.GetAttribute("ref") ?? throw new DamagedPartException("the table has no range");
            var headerRows = xml.GetAttribute("headerRowCount");
            var hasHeader = headerRows is null || int.Parse(headerRows, NumberStyles.Integer, CultureInfo.InvariantCulture) > 0;
            var name = xml.GetAttribute("displayName") ?? xml.GetAttribute("name") ?? "Table";
            table = new ExcelTable(name, CellRange.Parse(reference), hasHeader);
        });
        return table;
    }
}
