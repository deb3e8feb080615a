using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ReportBuilder.Register.Excel;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// Rewrites one worksheet part as it streams through: each marked cell gets its marked format
/// (a cell or row that does not exist yet is added in its place), the sheet stops being
/// selected (the Problems sheet is), and a legacyDrawing for the comments is added where the
/// schema wants it. Everything else is copied node for node; one row at a time is held in memory.
/// </summary>
internal static class SheetEdit
{
    /// <summary>The worksheet children that come after legacyDrawing in the schema.</summary>
    private static readonly HashSet<string> AfterLegacyDrawing =
        ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

    /// <summary>What a sheet has before its data: whether its tab is selected and the id of its legacy drawing.</summary>
    public sealed record Scan(bool Selected, string? LegacyDrawingId);

    public static Scan Read(Stream sheet)
    {
        using var reader = XmlReader.Create(sheet, ReaderSettings);
        var selected = false;
        string? legacy = null;
        reader.MoveToContent();
        if (reader.IsEmptyElement) return new Scan(false, null);
        reader.Read();
        while (!reader.EOF && reader.Depth >= 1)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                reader.Read();
                continue;
            }
            if (reader.LocalName == "sheetViews")
            {
                var views = (XElement)XNode.ReadFrom(reader);
                selected = views.Elements().Any(IsSelected);
                continue;
            }
            if (reader.LocalName == "legacyDrawing") legacy = reader.GetAttribute("id", OpenXmlNames.Relationships.NamespaceName);
            reader.Skip();
        }
        return new Scan(selected, legacy);
    }

    /// <param name="format">The marked format for a cell's own format and its mark.</param>
    /// <param name="legacyDrawingId">The relationship id of a legacyDrawing to add, when the sheet has none.</param>
    public static void Write(Stream sheet, Stream output, SortedDictionary<(int Row, int Column), CellMark> marks,
        Func<int, CellMark, int> format, string? legacyDrawingId)
    {
        using var reader = XmlReader.Create(sheet, ReaderSettings);
        using var writer = XmlWriter.Create(output, PackageEdit.WriterSettings);
        var pending = new Queue<IGrouping<int, CellMark>>(marks.Values.GroupBy(m => m.Row));
        writer.WriteStartDocument(standalone: true);
        reader.MoveToContent();
        var ns = reader.NamespaceURI;
        writer.WriteStartElement(reader.Prefix, reader.LocalName, ns);
        writer.WriteAttributes(reader, true);
        var empty = reader.IsEmptyElement;
        reader.Read();
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                writer.WriteNode(reader, true);
                continue;
            }
            if (legacyDrawingId is not null && AfterLegacyDrawing.Contains(reader.LocalName))
            {
                LegacyDrawing(writer, ns, legacyDrawingId);
                legacyDrawingId = null;
            }
            switch (reader.LocalName)
            {
                case "sheetViews":
                    var views = (XElement)XNode.ReadFrom(reader);
                    foreach (var view in views.Elements()) view.Attribute("tabSelected")?.Remove();
                    views.WriteTo(writer);
                    break;
                case "sheetData":
                    SheetData(reader, writer, ns, pending, format);
                    break;
                default:
                    writer.WriteNode(reader, true);
                    break;
            }
        }
        if (legacyDrawingId is not null) LegacyDrawing(writer, ns, legacyDrawingId);
        writer.WriteEndElement();
    }

    private static void SheetData(XmlReader reader, XmlWriter writer, string ns, Queue<IGrouping<int, CellMark>> pending, Func<int, CellMark, int> format)
    {
        writer.WriteStartElement(reader.Prefix, reader.LocalName, ns);
        writer.WriteAttributes(reader, true);
        var empty = reader.IsEmptyElement;
        reader.Read();
        var last = 0;
        while (!empty && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 1))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                writer.WriteNode(reader, true);
                continue;
            }
            var row = (XElement)XNode.ReadFrom(reader);
            var number = Index((string?)row.Attribute("r")) ?? last + 1;
            while (pending.Count > 0 && pending.Peek().Key < number) NewRow(ns, pending.Dequeue(), format).WriteTo(writer);
            if (pending.Count > 0 && pending.Peek().Key == number) Mark(row, number, pending.Dequeue(), format);
            row.WriteTo(writer);
            last = number;
        }
        if (!empty) reader.Read();
        while (pending.Count > 0) NewRow(ns, pending.Dequeue(), format).WriteTo(writer);
        writer.WriteEndElement();
    }

    /// <summary>Gives the row's marked cells their formats, adding the cells it lacks in column order.</summary>
    private static void Mark(XElement row, int number, IEnumerable<CellMark> marks, Func<int, CellMark, int> format)
    {
        var ns = row.Name.Namespace;
        var cells = row.Elements(ns + "c").ToList();
        var columns = new List<int>(cells.Count);
        var column = 0;
        foreach (var cell in cells)
        {
            var reference = (string?)cell.Attribute("r");
            column = reference is null ? column + 1 : CellAddress.Parse(reference.Trim()).Column;
            columns.Add(column);
        }
        var added = false;
        foreach (var mark in marks)
        {
            var at = columns.IndexOf(mark.Column);
            if (at >= 0)
            {
                var own = Index((string?)cells[at].Attribute("s")) ?? 0;
                cells[at].SetAttributeValue("s", format(own, mark).ToString(CultureInfo.InvariantCulture));
                continue;
            }
            var cell = NewCell(ns, mark, format(RowFormat(row), mark));
            var next = columns.FindIndex(c => c > mark.Column);
            if (next >= 0)
            {
                cells[next].AddBeforeSelf(cell);
                cells.Insert(next, cell);
                columns.Insert(next, mark.Column);
            }
            else
            {
                if (cells.Count > 0) cells[^1].AddAfterSelf(cell);
                else row.AddFirst(cell);
                cells.Add(cell);
                columns.Add(mark.Column);
            }
            added = true;
        }
        if (!added) return;
        // Cells placed by position alone would shift past an added one: name every cell's address.
        for (var i = 0; i < cells.Count; i++) cells[i].SetAttributeValue("r", CellAddress.Format(number, columns[i]));
        row.SetAttributeValue("r", number.ToString(CultureInfo.InvariantCulture));
        row.Attribute("spans")?.Remove();
    }

    private static XElement NewRow(XNamespace ns, IGrouping<int, CellMark> marks, Func<int, CellMark, int> format) =>
        new(ns + "row", new XAttribute("r", marks.Key.ToString(CultureInfo.InvariantCulture)),
            marks.Select(m => NewCell(ns, m, format(0, m))));

    private static XElement NewCell(XNamespace ns, CellMark mark, int style) =>
        new(ns + "c", new XAttribute("r", mark.Address), new XAttribute("s", style.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A row with its own format (customFormat) gives it to cells added to it.</summary>
    private static int RowFormat(XElement row) =>
        (string?)row.Attribute("customFormat") is "1" or "true" ? Index((string?)row.Attribute("s")) ?? 0 : 0;

    /// <summary>A row number or format index as the reader took it (digits, spaces around allowed); null when absent.</summary>
    private static int? Index(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static void LegacyDrawing(XmlWriter writer, string ns, string id)
    {
        writer.WriteStartElement("legacyDrawing", ns);
        writer.WriteAttributeString("r", "id", OpenXmlNames.Relationships.NamespaceName, id);
        writer.WriteEndElement();
    }

    private static bool IsSelected(XElement view) => (string?)view.Attribute("tabSelected") is "1" or "true";

    /// <summary>The part was read whole by the register reader already; no DTD can be in it.</summary>
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, CloseInput = false };
}
