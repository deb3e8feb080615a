using System.Globalization;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Reads one xl/worksheets/sheetN.xml part with .NET's XmlReader, so the part is read as XML
/// or refused: entities, character references, CDATA and the text encoding are the parser's
/// business, and anything that is not well-formed is damage. On top of XML, the reader checks
/// what SpreadsheetML promises: rows inside the sheet's data and in ascending order, cell
/// references that belong to their row and ascend, style and shared-text indexes that exist,
/// and no stray text between a row's or a cell's elements (a '&gt;' typed into a tag).
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
    private int _rowNumber;
    private int _cellCount;

    /// <summary>The merged ranges wider than one column, for the sheet's reader to warn about.</summary>
    public List<CellRange> WideMerges { get; private set; } = [];

    public List<RawRow> Read(Stream stream)
    {
        var part = new XmlPart(stream, "worksheet");
        try
        {
            ReadSheet(part.Reader);
            part.CheckEnd();
        }
        catch (Exception e) when (part.Damage(e, _rowNumber == 0 ? null : _rowNumber) is { } damage)
        {
            throw damage;
        }
        WideMerges = MergedCells.Fill(_rows, _merges);
        return _rows;
    }

    private void ReadSheet(XmlReader xml)
    {
        var inData = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "sheetData":
                    inData = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "sheetData":
                    inData = false;
                    break;
                case XmlNodeType.Element when xml.LocalName == "row":
                    if (!inData) throw new DamagedPartException("a row stands outside the sheet's data", _rowNumber + 1);
                    ReadRow(xml);
                    break;
                case XmlNodeType.Element when xml.LocalName == "mergeCell":
                    if (xml.GetAttribute("ref") is { Length: > 0 } reference) _merges.Add(MergeRange(reference));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when inData:
                    throw new DamagedPartException($"there is stray text ('{XmlPart.Excerpt(xml.Value)}') between the sheet's rows", _rowNumber + 1);
                case XmlNodeType.DocumentType:
                    throw XmlPart.DtdFound();
            }
        }
    }

    /// <summary>Reads a row from its start tag to its end tag.</summary>
    private void ReadRow(XmlReader xml)
    {
        var number = RowNumber(xml.GetAttribute("r"));
        _rowNumber = number;
        if (xml.IsEmptyElement) return;
        _cells.Clear();
        var depth = xml.Depth;
        var column = 0;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "c") ReadCell(xml, number, ref column);
                else xml.Skip(); // anything else in a row (extLst), well-formed by the parser's word
                continue;
            }
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                throw new DamagedPartException($"row {number} holds stray text ('{XmlPart.Excerpt(xml.Value)}') between its cells", number);
            if (!xml.Read()) return;
        }
        if (_cells.Count > 0) _rows.Add(new RawRow(number, ToArray(_cells)));
    }

    /// <summary>The row's number: present and in ascending order, or one past the previous row.</summary>
    private int RowNumber(string? attribute)
    {
        if (attribute is null) return _rowNumber + 1;
        var number = Int(attribute);
        if (number is not (>= 1 and <= MaxRow))
            throw new DamagedPartException($"a row has the number '{attribute}', which no sheet has", _rowNumber + 1);
        if (number <= _rowNumber)
            throw new DamagedPartException(number == _rowNumber
                ? $"row {number} appears twice"
                : $"row {number} comes after row {_rowNumber}: the rows are out of order", number);
        return number.Value;
    }

    /// <summary>Reads one &lt;c&gt; element; leaves the reader after its end.</summary>
    private void ReadCell(XmlReader xml, int row, ref int column)
    {
        string? reference = null, type = null, styleText = null;
        while (xml.MoveToNextAttribute())
        {
            switch (xml.LocalName)
            {
                case "r" when xml.NamespaceURI.Length == 0: reference = xml.Value; break;
                case "t" when xml.NamespaceURI.Length == 0: type = xml.Value; break;
                case "s" when xml.NamespaceURI.Length == 0: styleText = xml.Value; break;
            }
        }
        xml.MoveToElement();
        var previous = column;
        column = reference is null ? column + 1 : ColumnOf(reference, row);
        if (column <= previous)
            throw new DamagedPartException($"cell {CellAddress.Format(row, column)} appears after {CellAddress.Format(row, previous)}: the cells are repeated or out of order", row);
        if (column > MaxColumn) throw new DamagedPartException($"row {row} has a cell past the last column of a sheet", row);
        var style = styleText is null ? 0 : Int(styleText) ?? -1;
        if (style < 0 || (style > 0 && style >= dateStyles.Length))
            throw new DamagedPartException($"cell {CellAddress.Format(row, column)} names cell style {styleText}, which the workbook does not have", row);
        if (++_cellCount > ReadLimits.MaxCellsPerSheet) throw ReadLimits.TooManyCells(row);
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        string? value = null, inline = null;
        var hasFormula = false;
        var depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "v":
                        value = xml.ReadElementContentAsString();
                        break;
                    case "f":
                        hasFormula = true;
                        xml.Skip();
                        break;
                    case "is":
                        inline = StringItem.Read(xml);
                        break;
                    default:
                        xml.Skip(); // extLst and the like
                        break;
                }
                continue;
            }
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                throw new DamagedPartException($"cell {CellAddress.Format(row, column)} holds stray text ('{XmlPart.Excerpt(xml.Value)}') outside its value", row);
            xml.Read();
        }
        xml.Read();

        var cell = Convert(type, style, value, hasFormula, inline, row, column);
        if (!cell.IsBlank) _cells.Add((column, cell));
    }

    /// <summary>The column of a cell reference such as "AB12"; throws when the reference is not valid or names another row.</summary>
    private static int ColumnOf(string reference, int row)
    {
        int cellRow, column;
        try
        {
            (cellRow, column) = CellAddress.Parse(reference);
        }
        catch (FormatException)
        {
            throw new DamagedPartException($"row {row} has a cell with the reference '{reference}', which is not a cell address", row);
        }
        if (reference.Contains('$') || column > MaxColumn || cellRow == 0 || reference.Length > 10)
            throw new DamagedPartException($"row {row} has a cell with the reference '{reference}', which is not a cell address", row);
        if (cellRow != row) throw new DamagedPartException($"cell {reference} is stored in row {row}", row);
        return column;
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

    private RawCell Convert(string? type, int style, string? value, bool hasFormula, string? inline, int row, int column)
    {
        if (type == "inlineStr") return Text(inline ?? "", clean: false); // StringItem has cleaned it: a second pass would unescape "_x005F_x0041_" twice
        // A formula's result is its value; an empty one is "never calculated" (openpyxl writes
        // <v></v>), except for a text result, where Excel writes an empty string that way.
        if (value is null || (hasFormula && value.Length == 0 && type != "str"))
            return hasFormula ? new RawCell(CellKind.FormulaWithoutValue, null, 0) : RawCell.Blank;
        switch (type)
        {
            case "s":
                if (Int(value) is not { } i || i < 0 || i >= sharedStrings.Length)
                    throw new DamagedPartException($"cell {CellAddress.Format(row, column)} names shared text {XmlPart.Excerpt(value)}, but the workbook holds {sharedStrings.Length} texts", row);
                return Text(sharedStrings[i], clean: false);
            case "str":
                return Text(value);
            case "b":
                return new RawCell(CellKind.Boolean, null, value is "1" or "true" ? 1 : 0);
            case "e":
                return new RawCell(CellKind.Error, value, 0);
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? new RawCell(CellKind.Date, null, iso.ToOADate())
                    : Text(value);
        }
        if (value.Length == 0) return RawCell.Blank;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return Text(value);
        if (style < dateStyles.Length && dateStyles[style])
            return new RawCell(CellKind.Date, null, date1904 ? number + Offset1904 : number);
        return new RawCell(CellKind.Number, null, number);
    }

    private static RawCell Text(string text, bool clean = true)
    {
        if (text.Length > ReadLimits.MaxTextLength) throw ReadLimits.TextTooLong(text.Length);
        var cleaned = clean ? ExcelText.Clean(text) : text;
        return cleaned.Length == 0 ? RawCell.Blank : new RawCell(CellKind.Text, cleaned, 0);
    }

    private static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;


    private static RawCell[] ToArray(List<(int Column, RawCell Cell)> cells)
    {
        var width = 0;
        foreach (var (column, _) in cells) width = Math.Max(width, column);
        var array = new RawCell[width];
        foreach (var (column, cell) in cells) array[column - 1] = cell;
        return array;
    }
}
