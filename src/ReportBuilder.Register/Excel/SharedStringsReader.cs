using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>Reads xl/sharedStrings.xml: the text of every string cell, by index.</summary>
internal static class SharedStringsReader
{
    public static string[] Read(Stream stream)
    {
        var strings = new List<string>();
        var part = new XmlPart(stream, "sst");
        try
        {
            var xml = part.Reader;
            xml.Read();
            while (!xml.EOF)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element when xml.LocalName == "si" && xml.Depth == 1:
                        strings.Add(StringItem.Read(xml));
                        continue;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        throw new DamagedPartException($"there is stray text between the shared texts (after text {strings.Count})");
                    case XmlNodeType.DocumentType:
                        throw XmlPart.DtdFound();
                }
                xml.Read();
            }
            part.CheckEnd();
        }
        catch (Exception e) when (part.Damage(e, null) is { } damage)
        {
            throw damage;
        }
        return [.. strings];
    }
}
