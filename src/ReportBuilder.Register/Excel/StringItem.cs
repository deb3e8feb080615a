using System.Text;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// The text of a string item (&lt;si&gt; in shared strings, &lt;is&gt; in an inline cell): its
/// &lt;t&gt; elements joined, rich-text runs included, phonetic runs (&lt;rPh&gt;) left out.
/// </summary>
internal static class StringItem
{
    /// <summary>Reads the item the reader stands on; leaves the reader after its end.</summary>
    public static string Read(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        string? single = null;
        StringBuilder? joined = null;
        var depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "t":
                        var piece = xml.ReadElementContentAsString();
                        if (single is null && joined is null) single = piece;
                        else (joined ??= new StringBuilder(single)).Append(piece);
                        if (joined?.Length > ReadLimits.MaxTextLength) throw ReadLimits.TextTooLong(joined.Length);
                        continue;
                    case "rPh":
                        xml.Skip();
                        continue;
                }
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                throw new DamagedPartException($"a text item holds stray text ('{XmlPart.Excerpt(xml.Value)}') outside its <t> elements");
            }
            xml.Read(); // into a run (<r>) and its properties
        }
        xml.Read();
        var text = joined?.ToString() ?? single ?? "";
        if (text.Length > ReadLimits.MaxTextLength) throw ReadLimits.TextTooLong(text.Length);
        return ExcelText.Clean(text);
    }

}
