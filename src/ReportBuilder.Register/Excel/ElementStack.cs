namespace ReportBuilder.Register.Excel;

/// <summary>
/// The elements open at the scanner's position, so the byte scanners can tell that every
/// element opened is closed by its own end tag and that the root element ends. Names are
/// copied into buffers kept per depth, so a sheet's millions of tags allocate nothing.
/// </summary>
/// <param name="singleRoot">False for the content of an element, where siblings stand at the top.</param>
internal sealed class ElementStack(bool singleRoot = true)
{
    private byte[][] _names = [];
    private int[] _lengths = [];

    public int Depth { get; private set; }

    /// <summary>True once the root element has been opened.</summary>
    public bool RootSeen { get; private set; }

    /// <summary>True when the innermost open element is the named one.</summary>
    public bool InsideOf(ReadOnlySpan<byte> name) => Depth > 0 && Top.SequenceEqual(name);

    private ReadOnlySpan<byte> Top => _names[Depth - 1].AsSpan(0, _lengths[Depth - 1]);

    /// <summary>Follows one element tag; throws when it closes another element than the open one, or opens a second root.</summary>
    public void Apply(in XmlTag tag, int? row)
    {
        if (tag.Closing)
        {
            if (Depth == 0)
                throw new DamagedPartException($"an end tag </{Utf8(tag.Name)}> closes nothing", row);
            if (!Top.SequenceEqual(tag.Name))
                throw new DamagedPartException($"the element <{Utf8(Top)}> is not closed (found </{Utf8(tag.Name)}>)", row);
            Depth--;
            return;
        }
        if (Depth == 0 && RootSeen && singleRoot)
            throw new DamagedPartException($"there is content after the end of the root element (<{Utf8(tag.Name)}>)", row);
        RootSeen = true;
        if (tag.SelfClosing) return;
        Push(tag.Name);
    }

    /// <summary>Forgets what was opened past depth (a record the chunk cut off is read again from its start).</summary>
    public void Rewind(int depth) => Depth = depth;

    /// <summary>At the end of the part: the root element was opened and everything is closed.</summary>
    public void CheckComplete(int? lastRow)
    {
        if (!RootSeen) throw new DamagedPartException("the part holds no XML element");
        if (Depth > 0)
            throw new DamagedPartException($"the part ends before <{Utf8(Top)}> is closed: the file was cut off", lastRow);
    }

    private void Push(ReadOnlySpan<byte> name)
    {
        if (Depth == _names.Length)
        {
            Array.Resize(ref _names, Depth + 8);
            Array.Resize(ref _lengths, Depth + 8);
        }
        if (_names[Depth] is not { } buffer || buffer.Length < name.Length)
            _names[Depth] = buffer = new byte[Math.Max(16, name.Length)];
        name.CopyTo(buffer);
        _lengths[Depth] = name.Length;
        Depth++;
    }

    private static string Utf8(ReadOnlySpan<byte> name) => System.Text.Encoding.UTF8.GetString(name);
}
