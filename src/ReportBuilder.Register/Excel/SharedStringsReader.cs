using System.Text;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>Reads xl/sharedStrings.xml: the text of every string cell, by index.</summary>
internal static class SharedStringsReader
{
    public static string[] Read(Stream stream)
    {
        var strings = new List<string>();
        using var xml = XmlReader.Create(stream, XmlSettings.Fast);
        var sb = new StringBuilder();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "si")
            {
                strings.Add(ReadStringItem(xml, sb));
            }
        }
        return [.. strings];
    }

    /// <summary>
    /// Reads an &lt;si&gt; or &lt;is&gt; element: plain &lt;t&gt; or rich-text runs; phonetic runs are
    /// skipped. Leaves the reader on the element's end tag, so the caller's next Read moves on.
    /// </summary>
    public static string ReadStringItem(XmlReader xml, StringBuilder sb)
    {
        sb.Clear();
        if (xml.IsEmptyElement) return "";
        using (var item = xml.ReadSubtree())
        {
            item.Read();
            item.Read();
            while (!item.EOF)
            {
                if (item.NodeType == XmlNodeType.Element && item.LocalName is "rPh" or "phoneticPr") item.Skip();
                else if (item.NodeType == XmlNodeType.Element && item.LocalName == "t") sb.Append(item.ReadElementContentAsString());
                else item.Read();
            }
        }
        return ExcelText.Clean(sb.ToString());
    }
}
