using System.Globalization;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Reads one xl/worksheets/sheetN.xml part by scanning its UTF-8 bytes: rows with values
/// (blank and formatting-only rows cost almost nothing), then the merged ranges, whose
/// top-left value is copied into every cell of the range. A general XML parser spends most
/// of its time on what a sheet never contains; this reads only rows, cells and merges.
/// </summary>
internal sealed class WorksheetReader(string[] sharedStrings, bool[] dateStyles, bool date1904)
{
    /// <summary>Days between the 1904 and the 1900 date systems' day zero.</summary>
    private const double Offset1904 = 1462;

    private readonly List<RawRow> _rows = [];
    private readonly List<CellRange> _merges = [];
    private readonly List<(int Column, RawCell Cell)> _cells = [];
    private int _rowNumber;

    public List<RawRow> Read(Stream stream)
    {
        ChunkedXml.Scan(stream, ScanChunk);
        if (_merges.Count > 0) MergedCells.Fill(_rows, _merges);
        return _rows;
    }

    /// <summary>Reads every complete row (and merge) in the chunk; returns where the first incomplete one starts.</summary>
    private int ScanChunk(ReadOnlySpan<byte> xml, bool final)
    {
        var position = 0;
        while (true)
        {
            var open = xml[position..].IndexOf((byte)'<');
            if (open < 0) return xml.Length;
            var start = position + open;
            if (start + 1 >= xml.Length) return final ? xml.Length : start;
            // Closing tags (</x:row>) are only passed over; with a prefix their name would read as an opening one.
            var closing = xml[start + 1] == (byte)'/';
            var name = XmlBytes.LocalName(xml, start + (closing ? 2 : 1), out var nameEnd);
            var tagEnd = xml[nameEnd..].IndexOf((byte)'>');
            if (tagEnd < 0) return final ? xml.Length : start;
            tagEnd += nameEnd;
            if (!closing && name.SequenceEqual("row"u8))
            {
                var end = ReadRow(xml, start, tagEnd);
                if (end < 0) return final ? xml.Length : start;
                position = end;
                continue;
            }
            if (!closing && name.SequenceEqual("mergeCell"u8) && XmlBytes.Attribute(xml[start..tagEnd], "ref"u8) is { IsEmpty: false } reference)
                _merges.Add(CellRange.Parse(XmlBytes.Text(reference)));
            position = tagEnd + 1;
        }
    }

    /// <summary>Reads a row from its start tag; returns the position after &lt;/row&gt;, or -1 when the row is not complete.</summary>
    private int ReadRow(ReadOnlySpan<byte> xml, int start, int tagEnd)
    {
        var tag = xml[start..tagEnd];
        var number = XmlBytes.Int(XmlBytes.Attribute(tag, "r"u8)) ?? _rowNumber + 1;
        if (tag[^1] == (byte)'/')
        {
            _rowNumber = number;
            return tagEnd + 1;
        }
        _cells.Clear();
        var column = 0;
        var position = tagEnd + 1;
        while (true)
        {
            var open = xml[position..].IndexOf((byte)'<');
            if (open < 0) return -1;
            var at = position + open;
            if (at + 1 >= xml.Length) return -1;
            if (xml[at + 1] == (byte)'/')
            {
                var close = xml[at..].IndexOf((byte)'>');
                if (close < 0) return -1;
                if (XmlBytes.LocalName(xml, at + 2, out _).SequenceEqual("row"u8))
                {
                    _rowNumber = number;
                    if (_cells.Count > 0) _rows.Add(new RawRow(number, ToArray(_cells)));
                    return at + close + 1;
                }
                position = at + close + 1;
                continue;
            }
            var name = XmlBytes.LocalName(xml, at + 1, out var nameEnd);
            var cellTagEnd = xml[nameEnd..].IndexOf((byte)'>');
            if (cellTagEnd < 0) return -1;
            cellTagEnd += nameEnd;
            if (!name.SequenceEqual("c"u8))
            {
                position = cellTagEnd + 1;
                continue;
            }
            var end = ReadCell(xml, at, cellTagEnd, ref column);
            if (end < 0) return -1;
            position = end;
        }
    }

    /// <summary>Reads one &lt;c&gt; element; returns the position after it, or -1 when it is not complete.</summary>
    private int ReadCell(ReadOnlySpan<byte> xml, int start, int tagEnd, ref int column)
    {
        var tag = xml[start..tagEnd];
        var style = CellAttributes(tag, out var reference, out var type);
        column = reference.IsEmpty ? column + 1 : ColumnOf(reference);
        if (tag[^1] == (byte)'/') return tagEnd + 1;

        ReadOnlySpan<byte> value = default;
        var hasValue = false;
        var hasFormula = false;
        string? inline = null;
        var position = tagEnd + 1;
        while (true)
        {
            var open = xml[position..].IndexOf((byte)'<');
            if (open < 0) return -1;
            var at = position + open;
            if (at + 1 >= xml.Length) return -1;
            var closing = xml[at + 1] == (byte)'/';
            var name = XmlBytes.LocalName(xml, at + (closing ? 2 : 1), out var nameEnd);
            var end = xml[nameEnd..].IndexOf((byte)'>');
            if (end < 0) return -1;
            end += nameEnd;
            if (closing && name.SequenceEqual("c"u8))
            {
                position = end + 1;
                break;
            }
            position = end + 1;
            if (closing) continue;
            if (name.SequenceEqual("f"u8))
            {
                hasFormula = true;
            }
            else if (name.SequenceEqual("v"u8) && xml[end - 1] != (byte)'/')
            {
                var length = xml[position..].IndexOf((byte)'<');
                if (length < 0) return -1;
                value = xml.Slice(position, length);
                hasValue = true;
                position += length;
            }
            else if (name.SequenceEqual("is"u8) && xml[end - 1] != (byte)'/')
            {
                var itemEnd = StringItem.FindEnd(xml, position, "is"u8);
                if (itemEnd < 0) return -1;
                inline = StringItem.Text(xml[position..itemEnd]);
                position = itemEnd;
            }
        }

        var cell = Convert(type, style, hasValue ? value : default, hasValue, hasFormula, inline);
        if (!cell.IsBlank) _cells.Add((column, cell));
        return position;
    }

    /// <summary>The r and t attributes and the s (style) of a cell's start tag, in one pass (this runs for every cell).</summary>
    private static int CellAttributes(ReadOnlySpan<byte> tag, out ReadOnlySpan<byte> reference, out ReadOnlySpan<byte> type)
    {
        reference = default;
        type = default;
        var style = 0;
        for (var i = 1; i + 3 < tag.Length; i++)
        {
            if (tag[i] != (byte)'=' || tag[i - 2] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')) continue;
            var quote = tag[i + 1];
            if (quote is not ((byte)'"' or (byte)'\'')) continue;
            var length = tag[(i + 2)..].IndexOf(quote);
            if (length < 0) break;
            var value = tag.Slice(i + 2, length);
            switch (tag[i - 1])
            {
                case (byte)'r': reference = value; break;
                case (byte)'t': type = value; break;
                case (byte)'s': style = XmlBytes.Int(value) ?? 0; break;
            }
            i += length + 2;
        }
        return style;
    }

    private static int ColumnOf(ReadOnlySpan<byte> reference)
    {
        var column = 0;
        foreach (var b in reference)
        {
            var c = b | 0x20; // lower case
            if (c is < 'a' or > 'z') break;
            column = (column * 26) + (c - 'a' + 1);
        }
        return column;
    }

    private RawCell Convert(ReadOnlySpan<byte> type, int style, ReadOnlySpan<byte> value, bool hasValue, bool hasFormula, string? inline)
    {
        if (type.SequenceEqual("inlineStr"u8)) return Text(inline ?? "");
        if (!hasValue) return hasFormula ? new RawCell(CellKind.FormulaWithoutValue, null, 0) : RawCell.Blank;
        if (type.SequenceEqual("s"u8))
        {
            var index = XmlBytes.Int(value);
            return index is { } i && i >= 0 && i < sharedStrings.Length ? Text(sharedStrings[i], clean: false) : RawCell.Blank;
        }
        if (type.SequenceEqual("str"u8)) return Text(XmlBytes.Text(value));
        if (type.SequenceEqual("b"u8)) return new RawCell(CellKind.Boolean, null, value.SequenceEqual("1"u8) || value.SequenceEqual("true"u8) ? 1 : 0);
        if (type.SequenceEqual("e"u8)) return new RawCell(CellKind.Error, XmlBytes.Text(value), 0);
        if (type.SequenceEqual("d"u8))
        {
            var text = XmlBytes.Text(value);
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                ? new RawCell(CellKind.Date, null, iso.ToOADate())
                : Text(text);
        }
        if (!XmlBytes.TryDouble(value, out var number)) return Text(XmlBytes.Text(value));
        if (style < dateStyles.Length && dateStyles[style])
            return new RawCell(CellKind.Date, null, date1904 ? number + Offset1904 : number);
        return new RawCell(CellKind.Number, null, number);
    }

    private static RawCell Text(string text, bool clean = true)
    {
        var cleaned = clean ? ExcelText.Clean(text) : text;
        return cleaned.Length == 0 ? RawCell.Blank : new RawCell(CellKind.Text, cleaned, 0);
    }

    private static RawCell[] ToArray(List<(int Column, RawCell Cell)> cells)
    {
        var width = 0;
        foreach (var (column, _) in cells) width = Math.Max(width, column);
        var array = new RawCell[width];
        foreach (var (column, cell) in cells) array[column - 1] = cell;
        return array;
    }
}
