using System.Text;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// The text of a string item (&lt;si&gt; in shared strings, &lt;is&gt; in an inline cell): its
/// &lt;t&gt; elements joined, rich-text runs included, phonetic runs (&lt;rPh&gt;) left out.
/// </summary>
internal static class StringItem
{
    /// <summary>
    /// Where the item's end tag (&lt;/si&gt;, &lt;/x:is&gt; …) starts, searching from position;
    /// -1 when the span cut the item off. The elements inside (runs, text, phonetic runs) must
    /// be balanced: an end tag dropped inside an item would otherwise swallow the cells after it.
    /// </summary>
    public static int FindEnd(ReadOnlySpan<byte> xml, int position, ReadOnlySpan<byte> name, ElementStack inner)
    {
        inner.Rewind(0);
        while (XmlTag.Next(xml, position, out var tag))
        {
            if (tag.IsMarkup)
            {
                position = XmlTag.SkipMarkup(xml, tag);
                if (position < 0) return -1;
                continue;
            }
            if (tag.Closing && inner.Depth == 0)
            {
                if (tag.Name.SequenceEqual(name)) return tag.Start;
                throw new DamagedPartException($"a text item is not closed (found </{Encoding.UTF8.GetString(tag.Name)}>)");
            }
            inner.Apply(tag, null);
            position = tag.End + 1;
        }
        return -1;
    }

    /// <summary>Where the end tag of an element already checked starts.</summary>
    private static int FindEndTag(ReadOnlySpan<byte> xml, int position, ReadOnlySpan<byte> name)
    {
        while (true)
        {
            var close = xml[position..].IndexOf("</"u8);
            if (close < 0) return -1;
            var at = position + close;
            if (XmlBytes.LocalName(xml, at + 2, out _).SequenceEqual(name)) return at;
            position = at + 2;
        }
    }

    /// <summary>The joined text of an item's content (what lies between its start and end tags).</summary>
    public static string Text(ReadOnlySpan<byte> content)
    {
        string? single = null;
        StringBuilder? joined = null;
        var position = 0;
        while (true)
        {
            var open = content[position..].IndexOf((byte)'<');
            if (open < 0) break;
            var at = position + open;
            if (at + 1 >= content.Length) break;
            var closing = content[at + 1] == (byte)'/';
            var name = XmlBytes.LocalName(content, at + (closing ? 2 : 1), out var nameEnd);
            var end = content[nameEnd..].IndexOf((byte)'>');
            if (end < 0) break;
            end += nameEnd;
            position = end + 1;
            if (name.StartsWith("!DOCTYPE"u8)) throw XmlTag.DtdFound();
            if (closing || content[end - 1] == (byte)'/') continue;
            if (name.SequenceEqual("rPh"u8))
            {
                var skip = FindEndTag(content, position, "rPh"u8);
                if (skip < 0) break;
                position = skip;
                continue;
            }
            if (!name.SequenceEqual("t"u8)) continue;
            var length = content[position..].IndexOf((byte)'<');
            if (length < 0) length = content.Length - position;
            var piece = XmlBytes.Text(content.Slice(position, length));
            if (single is null && joined is null) single = piece;
            else (joined ??= new StringBuilder(single)).Append(piece);
            position += length;
        }
        return ExcelText.Clean(joined?.ToString() ?? single ?? "");
    }
}
