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
    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    private readonly List<RawRow> _rows = [];
    private readonly List<CellRange> _merges = [];
    private readonly List<(int Column, RawCell Cell)> _cells = [];
    private readonly ElementStack _elements = new();
    /// <summary>Elements inside a row or cell other than cells and values (rich text, extLst), checked for balance.</summary>
    private readonly ElementStack _children = new(singleRoot: false);
    private int _rowNumber;
    private readonly byte[] _rowDigits = new byte[8];
    private int _rowDigitCount;

    public List<RawRow> Read(Stream stream)
    {
        ChunkedXml.Scan(stream, ScanChunk);
        if (_merges.Count > 0) MergedCells.Fill(_rows, _merges);
        return _rows;
    }

    /// <summary>
    /// Reads every complete row (and merge) in the chunk; returns where the first incomplete one
    /// starts. Every tag goes through the element stack, so a part cut off, a tag dropped or a
    /// row out of order is reported instead of being read as a smaller sheet.
    /// </summary>
    private int ScanChunk(ReadOnlySpan<byte> xml, bool final)
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
            if (tag.Opens("row"u8))
            {
                if (!_elements.InsideOf("sheetData"u8))
                    throw new DamagedPartException("a row stands outside the sheet's data", _rowNumber + 1);
                var end = ReadRow(xml, tag);
                if (end < 0) break; // cut off by the chunk: read again from the row's start with the next one
                position = end;
                continue;
            }
            _elements.Apply(tag, null);
            if (tag.Opens("mergeCell"u8) && XmlBytes.Attribute(xml[tag.Start..tag.End], "ref"u8) is { IsEmpty: false } reference)
                _merges.Add(MergeRange(XmlBytes.Text(reference)));
            position = tag.End + 1;
        }
        if (!final) return XmlTag.StartOfNext(xml, position);
        if (xml[position..].IndexOf((byte)'<') >= 0)
            throw new DamagedPartException("the part ends in the middle of a tag: the file was cut off", _rowNumber);
        _elements.CheckComplete(_rowNumber);
        return xml.Length;
    }

    /// <summary>
    /// Reads a row from its start tag; returns the position after &lt;/row&gt;, or -1 when the
    /// chunk cut it off. Cells are checked here rather than on the element stack (this runs for
    /// every cell): each &lt;c&gt; must close before the next cell or the row's end.
    /// </summary>
    private int ReadRow(ReadOnlySpan<byte> xml, XmlTag row)
    {
        var number = RowNumber(xml[row.Start..row.End]);
        if (row.SelfClosing)
        {
            _rowNumber = number;
            return row.End + 1;
        }
        _cells.Clear();
        _children.Rewind(0);
        _rowDigitCount = System.Buffers.Text.Utf8Formatter.TryFormat(number, _rowDigits, out var written) ? written : 0;
        var column = 0;
        var position = row.End + 1;
        while (XmlTag.Next(xml, position, out var tag))
        {
            if (tag.IsMarkup)
            {
                position = XmlTag.SkipMarkup(xml, tag);
                if (position < 0) return -1;
                continue;
            }
            if (tag.Opens("row"u8)) throw new DamagedPartException($"row {number} is not closed before the next row starts", number);
            if (tag.Closing && _children.Depth == 0)
            {
                if (!tag.Closes("row"u8)) throw new DamagedPartException($"row {number} is not closed (found </{XmlBytes.Text(tag.Name)}>)", number);
                _rowNumber = number;
                if (_cells.Count > 0) _rows.Add(new RawRow(number, ToArray(_cells)));
                return tag.End + 1;
            }
            if (tag.Opens("c"u8) && _children.Depth == 0)
            {
                position = ReadCell(xml, tag, number, ref column);
                if (position < 0) return -1;
                continue;
            }
            _children.Apply(tag, number); // anything else in a row (extLst) must still be balanced
            position = tag.End + 1;
        }
        return -1;
    }

    /// <summary>The row's number: present and in ascending order, or one past the previous row.</summary>
    private int RowNumber(ReadOnlySpan<byte> rowTag)
    {
        var attribute = XmlBytes.Attribute(rowTag, "r"u8);
        if (attribute.IsEmpty) return _rowNumber + 1;
        var number = XmlBytes.Int(attribute);
        if (number is not (>= 1 and <= MaxRow))
            throw new DamagedPartException($"a row has the number '{XmlBytes.Text(attribute)}', which no sheet has", _rowNumber + 1);
        if (number <= _rowNumber)
            throw new DamagedPartException(number == _rowNumber
                ? $"row {number} appears twice"
                : $"row {number} comes after row {_rowNumber}: the rows are out of order", number);
        return number.Value;
    }

    /// <summary>Reads one &lt;c&gt; element; returns the position after it, or -1 when the chunk cut it off.</summary>
    private int ReadCell(ReadOnlySpan<byte> xml, XmlTag cellTag, int row, ref int column)
    {
        var style = CellAttributes(xml[cellTag.Start..cellTag.End], out var reference, out var type);
        var previous = column;
        column = reference.IsEmpty ? column + 1 : ColumnOf(reference, row, _rowDigits.AsSpan(0, _rowDigitCount));
        if (column <= previous)
            throw new DamagedPartException($"cell {CellAddress.Format(row, column)} appears after {CellAddress.Format(row, previous)}: the cells are repeated or out of order", row);
        if (column > MaxColumn) throw new DamagedPartException($"row {row} has a cell past the last column of a sheet", row);
        if (style < 0 || (style > 0 && style >= dateStyles.Length))
            throw new DamagedPartException($"cell {CellAddress.Format(row, column)} names cell style {style}, which the workbook does not have", row);
        if (cellTag.SelfClosing) return cellTag.End + 1;

        ReadOnlySpan<byte> value = default;
        var hasValue = false;
        var hasFormula = false;
        string? inline = null;
        var position = cellTag.End + 1;
        while (true)
        {
            if (!XmlTag.Next(xml, position, out var tag)) return -1;
            if (tag.Opens("c"u8) || tag.Opens("row"u8) || tag.Closes("row"u8))
                throw new DamagedPartException($"cell {CellAddress.Format(row, column)} is not closed", row);
            if (tag.IsMarkup)
            {
                position = XmlTag.SkipMarkup(xml, tag);
                if (position < 0) return -1;
                continue;
            }
            position = tag.End + 1;
            if (tag.Closing)
            {
                if (tag.Closes("c"u8)) break;
                throw new DamagedPartException($"cell {CellAddress.Format(row, column)} is not well-formed (found </{XmlBytes.Text(tag.Name)}>)", row);
            }
            if (tag.SelfClosing)
            {
                if (tag.Name.SequenceEqual("f"u8)) hasFormula = true;
                continue;
            }
            if (tag.Name.SequenceEqual("v"u8) || tag.Name.SequenceEqual("f"u8))
            {
                // Text-only children: the text runs to the next '<', which must be their own end tag.
                var length = xml[position..].IndexOf((byte)'<');
                if (length < 0) return -1;
                if (tag.Name.SequenceEqual("v"u8))
                {
                    value = xml.Slice(position, length);
                    hasValue = true;
                }
                else
                {
                    hasFormula = true;
                }
                position = CloseOf(xml, position + length, tag.Name, row, column);
                if (position < 0) return -1;
            }
            else if (tag.Name.SequenceEqual("is"u8))
            {
                var itemEnd = StringItem.FindEnd(xml, position, "is"u8, _children);
                if (itemEnd < 0) return -1;
                inline = StringItem.Text(xml[position..itemEnd]);
                position = CloseOf(xml, itemEnd, "is"u8, row, column);
                if (position < 0) return -1;
            }
            else
            {
                // Anything else in a cell (extLst): skipped whole, its elements balanced.
                _children.Rewind(0);
                _children.Apply(tag, row);
                while (_children.Depth > 0)
                {
                    if (!XmlTag.Next(xml, position, out var inner)) return -1;
                    _children.Apply(inner, row);
                    position = inner.End + 1;
                }
            }
        }

        var cell = Convert(type, style, value, hasValue, hasFormula, inline, row, column);
        if (!cell.IsBlank) _cells.Add((column, cell));
        return position;
    }

    /// <summary>Where scanning goes on after the end tag of name, which must start at position; -1 when the chunk cut it off.</summary>
    private static int CloseOf(ReadOnlySpan<byte> xml, int position, ReadOnlySpan<byte> name, int row, int column)
    {
        if (!XmlTag.Next(xml, position, out var close)) return -1;
        if (close.Start != position || !close.Closes(name))
            throw new DamagedPartException($"cell {CellAddress.Format(row, column)}: <{XmlBytes.Text(name)}> is not closed", row);
        return close.End + 1;
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

    /// <summary>The column of a cell reference such as "AB12"; throws when the reference is not valid or names another row.</summary>
    private static int ColumnOf(ReadOnlySpan<byte> reference, int row, ReadOnlySpan<byte> rowDigits)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && i < 3; i++)
        {
            var c = reference[i] | 0x20; // lower case
            if (c is < 'a' or > 'z') break;
            column = (column * 26) + (c - 'a' + 1);
        }
        // Comparing the digits as bytes costs less than parsing them, and this runs for every cell.
        if (column > 0 && reference[i..].SequenceEqual(rowDigits)) return column;
        var rowPart = XmlBytes.Int(reference[i..]);
        if (column == 0 || rowPart is null || reference[i] == (byte)'0')
            throw new DamagedPartException($"row {row} has a cell with the reference '{XmlBytes.Text(reference)}', which is not a cell address", row);
        throw new DamagedPartException($"cell {XmlBytes.Text(reference)} is stored in row {row}", row);
    }

    /// <summary>A merged range, which must be a valid range inside the sheet.</summary>
    private CellRange MergeRange(string reference)
    {
        try
        {
            var range = CellRange.Parse(reference);
            if (range.FirstRow is >= 1 and <= MaxRow && range.LastRow is >= 1 and <= MaxRow && range.FirstRow <= range.LastRow
                && range.FirstColumn is >= 1 and <= MaxColumn && range.LastColumn is >= 1 and <= MaxColumn && range.FirstColumn <= range.LastColumn)
                return range;
        }
        catch (FormatException)
        {
        }
        throw new DamagedPartException($"a merged range '{reference}' is not a range of cells", _rowNumber);
    }

    private RawCell Convert(ReadOnlySpan<byte> type, int style, ReadOnlySpan<byte> value, bool hasValue, bool hasFormula, string? inline, int row, int column)
    {
        if (type.SequenceEqual("inlineStr"u8)) return Text(inline ?? "");
        if (!hasValue) return hasFormula ? new RawCell(CellKind.FormulaWithoutValue, null, 0) : RawCell.Blank;
        if (type.SequenceEqual("s"u8))
        {
            var index = XmlBytes.Int(value);
            if (index is not { } i || i < 0 || i >= sharedStrings.Length)
                throw new DamagedPartException($"cell {CellAddress.Format(row, column)} names shared text {XmlBytes.Text(value)}, but the workbook holds {sharedStrings.Length} texts", row);
            return Text(sharedStrings[i], clean: false);
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
