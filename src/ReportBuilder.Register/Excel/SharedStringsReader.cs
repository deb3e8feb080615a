namespace ReportBuilder.Register.Excel;

/// <summary>Reads xl/sharedStrings.xml by scanning its bytes: the text of every string cell, by index.</summary>
internal static class SharedStringsReader
{
    public static string[] Read(Stream stream)
    {
        var strings = new List<string>();
        ChunkedXml.Scan(stream, (xml, final) =>
        {
            var position = 0;
            while (XmlTag.Next(xml, position, out var tag))
            {
                position = tag.End + 1;
                if (!tag.Opens("si"u8)) continue;
                if (tag.SelfClosing)
                {
                    strings.Add("");
                    continue;
                }
                var end = StringItem.FindEnd(xml, position, "si"u8);
                if (end < 0) return final ? xml.Length : tag.Start;
                strings.Add(StringItem.Text(xml[position..end]));
                position = end;
            }
            // A tag cut by the end of the chunk waits for the next one.
            return final ? xml.Length : XmlTag.StartOfNext(xml, position);
        });
        return [.. strings];
    }
}
