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
            while (true)
            {
                var open = xml[position..].IndexOf((byte)'<');
                if (open < 0) return xml.Length;
                var start = position + open;
                if (start + 1 >= xml.Length) return final ? xml.Length : start;
                // Closing tags (</x:si>) are only passed over; with a prefix their name would read as an opening one.
                var closing = xml[start + 1] == (byte)'/';
                var name = XmlBytes.LocalName(xml, start + (closing ? 2 : 1), out var nameEnd);
                var tagEnd = xml[nameEnd..].IndexOf((byte)'>');
                if (tagEnd < 0) return final ? xml.Length : start;
                tagEnd += nameEnd;
                if (closing || !name.SequenceEqual("si"u8))
                {
                    position = tagEnd + 1;
                    continue;
                }
                if (xml[tagEnd - 1] == (byte)'/')
                {
                    strings.Add("");
                    position = tagEnd + 1;
                    continue;
                }
                var end = StringItem.FindEnd(xml, tagEnd + 1, "si"u8);
                if (end < 0) return final ? xml.Length : start;
                strings.Add(StringItem.Text(xml[(tagEnd + 1)..end]));
                position = end;
            }
        });
        return [.. strings];
    }
}
