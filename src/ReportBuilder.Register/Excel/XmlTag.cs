namespace ReportBuilder.Register.Excel;

/// <summary>
/// One tag found while scanning sheet XML: its local name (prefix dropped), whether it closes
/// (&lt;/row&gt;) or closes itself (&lt;c/&gt;), and where it starts and ends in the buffer.
/// </summary>
internal readonly ref struct XmlTag
{
    public XmlTag(ReadOnlySpan<byte> name, int start, int end, bool closing, bool selfClosing)
    {
        Name = name;
        Start = start;
        End = end;
        Closing = closing;
        SelfClosing = selfClosing;
    }

    public ReadOnlySpan<byte> Name { get; }

    /// <summary>Position of the '&lt;'.</summary>
    public int Start { get; }

    /// <summary>Position of the '&gt;'.</summary>
    public int End { get; }

    public bool Closing { get; }

    public bool SelfClosing { get; }

    public bool Opens(ReadOnlySpan<byte> name) => !Closing && Name.SequenceEqual(name);

    public bool Closes(ReadOnlySpan<byte> name) => Closing && Name.SequenceEqual(name);

    /// <summary>True for what is not an element: the XML declaration, a processing instruction, a comment, a DTD.</summary>
    public bool IsMarkup => !Name.IsEmpty && Name[0] is (byte)'?' or (byte)'!';

    /// <summary>
    /// Steps over markup that is not an element; returns where scanning goes on, or -1 when the
    /// chunk cut it off. A DTD is refused: Excel never writes one, and entities are a way to attack a reader.
    /// </summary>
    public static int SkipMarkup(ReadOnlySpan<byte> xml, in XmlTag tag)
    {
        if (tag.Name.StartsWith("!--"u8))
        {
            var end = xml[(tag.Start + 4)..].IndexOf("-->"u8);
            return end < 0 ? -1 : tag.Start + 4 + end + 3;
        }
        if (tag.Name.StartsWith("!DOCTYPE"u8)) throw DtdFound();
        if (tag.Name.StartsWith("!"u8))
            throw new DamagedPartException("it contains XML markup that Excel never writes here (" + System.Text.Encoding.UTF8.GetString(tag.Name) + ")");
        return tag.End + 1;
    }

    public static DamagedPartException DtdFound() =>
        new("it contains a document type declaration (<!DOCTYPE …>, a DTD), which Excel never writes; the file was not saved by Excel or was altered");

    /// <summary>The next complete tag at or after position; false when the buffer holds none.</summary>
    public static bool Next(ReadOnlySpan<byte> xml, int position, out XmlTag tag)
    {
        tag = default;
        var open = xml[position..].IndexOf((byte)'<');
        if (open < 0) return false;
        var start = position + open;
        if (start + 1 >= xml.Length) return false;
        var closing = xml[start + 1] == (byte)'/';
        var name = XmlBytes.LocalName(xml, start + (closing ? 2 : 1), out var nameEnd);
        var end = xml[nameEnd..].IndexOf((byte)'>');
        if (end < 0) return false;
        end += nameEnd;
        tag = new XmlTag(name, start, end, closing, xml[end - 1] == (byte)'/');
        return true;
    }

    /// <summary>Where the next tag starts (one the buffer cut off), or the buffer's end when none does.</summary>
    public static int StartOfNext(ReadOnlySpan<byte> xml, int position)
    {
        var open = xml[position..].IndexOf((byte)'<');
        return open < 0 ? xml.Length : position + open;
    }
}
