namespace ReportBuilder.Register.Excel;

/// <summary>
/// Reads xl/sharedStrings.xml by scanning its bytes: the text of every string cell, by index.
/// Elements outside the string items go through the element stack, so a part cut off or
/// with a dropped end tag is reported rather than read as fewer strings.
/// </summary>
internal static class SharedStringsReader
{
    public static string[] Read(Stream stream)
    {
        var strings = new List<string>();
        var elements = new ElementStack();
        var inner = new ElementStack(singleRoot: false);
        ChunkedXml.Scan(stream, (xml, final) =>
        {
            var position = 0;
            while (XmlTag.Next(xml, position, out var tag))
            {
                if (tag.IsMarkup)
                {
                    var next = XmlTag.SkipMarkup(xml, tag);
                    if (next < 0) break;
                    position = next;
                    continue;
                }
                if (tag.Opens("si"u8) && !tag.SelfClosing)
                {
                    var end = StringItem.FindEnd(xml, tag.End + 1, "si"u8, inner);
                    if (end < 0) break; // the chunk cut the item off: read it again with the next one
                    elements.Apply(tag, null);
                    strings.Add(StringItem.Text(xml[(tag.End + 1)..end]));
                    position = end;
                    continue;
                }
                elements.Apply(tag, null);
                if (tag.Opens("si"u8)) strings.Add("");
                position = tag.End + 1;
            }
            if (!final) return XmlTag.StartOfNext(xml, position);
            if (xml[position..].IndexOf((byte)'<') >= 0)
                throw new DamagedPartException("the part ends in the middle of a tag: the file was cut off");
            elements.CheckComplete(null);
            return xml.Length;
        });
        return [.. strings];
    }
}
