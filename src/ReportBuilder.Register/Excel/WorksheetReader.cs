using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Reads one xl/worksheets/sheetN.xml part forward-only: rows with values (blank and
/// formatting-only rows are skipped cheaply), then the merged ranges, whose top-left value is
/// copied into every cell of the range.
/// </summary>
internal sealed class WorksheetReader(string[] sharedStrings, bool[] dateStyles, bool date1904)
{
    /// <summary>Days between the 1904 and the 1900 date systems' day zero.</summary>
    private const double Offset1904 = 1462;

    private readonly StringBuilder _text = new();

    public List<RawRow> Read(Stream stream)
    {
        var rows = new List<RawRow>();
        var merges = new List<CellRange>();
        var cells = new List<(int Column, RawCell Cell)>();
        using var xml = XmlReader.Create(stream, XmlSettings.Fast);
        var rowNumber = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "row":
                    rowNumber = ParseInt(xml.GetAttribute("r")) ?? rowNumber + 1;
                    cells.Clear();
                    if (!xml.IsEmptyElement) ReadRowCells(xml, cells);
                    if (cells.Count > 0) rows.Add(new RawRow(rowNumber, ToArray(cells)));
                    break;
                case "mergeCell":
                    var reference = xml.GetAttribute("ref");
                    if (reference is not null) merges.Add(CellRange.Parse(reference));
                    break;
            }
        }
        if (merges.Count > 0) MergedCells.Fill(rows, merges);
        return rows;
    }

    private void ReadRowCells(XmlReader xml, List<(int Column, RawCell Cell)> cells)
    {
        var depth = xml.Depth;
        var column = 0;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
            var address = xml.GetAttribute("r");
            column = address is null ? column + 1 : CellAddress.ColumnOf(address);
            var cell = ReadCell(xml);
            if (!cell.IsBlank) cells.Add((column, cell));
        }
    }

    private RawCell ReadCell(XmlReader xml)
    {
        var type = xml.GetAttribute("t");
        var style = ParseInt(xml.GetAttribute("s")) ?? 0;
        if (xml.IsEmptyElement) return RawCell.Blank;

        string? value = null;
        string? inline = null;
        var hasFormula = false;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "v": value = xml.ReadElementContentAsString(); break;
                case "f": hasFormula = true; break;
                case "is": inline = SharedStringsReader.ReadStringItem(xml, _text); break;
            }
            if (xml.Depth <= depth) break;
        }

        if (type == "inlineStr") return Text(inline ?? "");
        if (value is null) return hasFormula ? new RawCell(CellKind.FormulaWithoutValue, null, 0) : RawCell.Blank;
        switch (type)
        {
            case "s":
                var index = ParseInt(value);
                return index is { } i && i >= 0 && i < sharedStrings.Length ? Text(sharedStrings[i], clean: false) : RawCell.Blank;
            case "str": return Text(value);
            case "b": return new RawCell(CellKind.Boolean, null, value == "1" || value == "true" ? 1 : 0);
            case "e": return new RawCell(CellKind.Error, value, 0);
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? new RawCell(CellKind.Date, null, iso.ToOADate())
                    : Text(value);
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return Text(value);
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

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
