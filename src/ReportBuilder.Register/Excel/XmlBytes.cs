using System.Buffers.Text;
using System.Text;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Small helpers for scanning UTF-8 XML bytes as Excel writes its sheets: element names
/// (with or without a namespace prefix), attribute values and text with XML entities.
/// </summary>
internal static class XmlBytes
{
    /// <summary>The local name of the tag starting after '&lt;' at position (prefix "x:" dropped).</summary>
    public static ReadOnlySpan<byte> LocalName(ReadOnlySpan<byte> xml, int position, out int end)
    {
        end = position;
        while (end < xml.Length && xml[end] is not ((byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n')) end++;
        var name = xml[position..end];
        var colon = name.IndexOf((byte)':');
        return colon >= 0 ? name[(colon + 1)..] : name;
    }

    /// <summary>The raw value of attribute name inside a tag (between '&lt;' and '&gt;'), or empty when absent.</summary>
    public static ReadOnlySpan<byte> Attribute(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name)
    {
        var i = 0;
        while (i < tag.Length)
        {
            var at = tag[i..].IndexOf(name);
            if (at < 0) return default;
            var start = i + at;
            var after = start + name.Length;
            var boundary = start == 0 || tag[start - 1] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
            if (boundary && after + 1 < tag.Length && tag[after] == (byte)'=' && tag[after + 1] is (byte)'"' or (byte)'\'')
            {
                var quote = tag[after + 1];
                var valueStart = after + 2;
                var length = tag[valueStart..].IndexOf(quote);
                return length < 0 ? default : tag.Slice(valueStart, length);
            }
            i = after;
        }
        return default;
    }

    public static int? Int(ReadOnlySpan<byte> value) => Utf8Parser.TryParse(value, out int number, out var used) && used == value.Length ? number : null;

    public static bool TryDouble(ReadOnlySpan<byte> value, out double number) =>
        Utf8Parser.TryParse(value, out number, out var used) && used == value.Length
        || (Utf8Parser.TryParse(value, out number, out used, 'E') && used == value.Length);

    /// <summary>Text content with XML entities decoded (&amp;amp; &amp;lt; &amp;#x41; …).</summary>
    public static string Text(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        return raw.IndexOf((byte)'&') < 0 ? text : DecodeEntities(text);
    }

    private static string DecodeEntities(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '&') { sb.Append(text[i]); continue; }
            var end = text.IndexOf(';', i);
            if (end < 0) { sb.Append(text[i]); continue; }
            var entity = text.AsSpan(i + 1, end - i - 1);
            switch (entity)
            {
                case "amp": sb.Append('&'); break;
                case "lt": sb.Append('<'); break;
                case "gt": sb.Append('>'); break;
                case "quot": sb.Append('"'); break;
                case "apos": sb.Append('\''); break;
                default:
                    if (entity.Length > 1 && entity[0] == '#'
                        && int.TryParse(entity[1] is 'x' or 'X' ? entity[2..] : entity[1..],
                            entity[1] is 'x' or 'X' ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                            System.Globalization.CultureInfo.InvariantCulture, out var code))
                    {
                        sb.Append(char.ConvertFromUtf32(code));
                    }
                    else
                    {
                        sb.Append(text, i, end - i + 1);
                    }
                    break;
            }
            i = end;
        }
        return sb.ToString();
    }
}
