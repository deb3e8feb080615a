using System.Globalization;
using System.Xml;
using ExcelNumberFormat;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Reads xl/styles.xml far enough to know which cell styles show numbers as dates: Excel
/// saves a date as a plain number, and only the number format says it is one.
/// </summary>
internal static class StylesReader
{
    /// <summary>One flag per cell style (cellXfs entry): whether it shows numbers as dates.</summary>
    public static bool[] ReadDateStyles(XlsxPackage package, string? part)
    {
        if (part is null) return [];
        var customFormats = new Dictionary<int, string>();
        var dateStyles = new List<bool>();
        var inCellXfs = false;
        package.Parse(part, xml =>
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) return;
            switch (xml.LocalName)
            {
                case "numFmt":
                    if (int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        customFormats[id] = xml.GetAttribute("formatCode") ?? "";
                    break;
                case "cellXfs":
                    inCellXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    _ = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fmt);
                    dateStyles.Add(IsDateFormat(fmt, customFormats));
                    break;
            }
        });
        return [.. dateStyles];
    }

    private static bool IsDateFormat(int numFmtId, Dictionary<int, string> customFormats)
    {
        if (customFormats.TryGetValue(numFmtId, out var code))
            return new NumberFormat(code).IsDateTimeFormat;
        // Built-in formats (ECMA-376 part 1, 18.8.30): 14–22 and 45–47 are dates and times;
        // 27–36 and 50–58 are the East Asian date formats.
        return numFmtId is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);
    }
}
