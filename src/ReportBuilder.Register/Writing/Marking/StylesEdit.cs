using ReportBuilder.Problems;
using System.Globalization;
using System.Xml.Linq;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// The workbook's styles part with what marking needs added: a red and a yellow fill, a bold
/// font, and for every cell format a marked cell had, the same format with the fill (so a date
/// stays a date and a border stays a border). Nothing already there changes index.
/// </summary>
internal sealed class StylesEdit
{
    /// <summary>The children of styleSheet in the order the schema requires.</summary>
    private static readonly string[] Order =
        ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

    private readonly XDocument _document;
    private readonly XNamespace _ns;
    private readonly List<XElement> _formats;
    private readonly Dictionary<(int, Severity), int> _marked = [];
    private readonly int _errorFill;
    private readonly int _warningFill;
    private readonly int _boldFont;

    private StylesEdit(XDocument document)
    {
        _document = document;
        _ns = document.Root!.Name.Namespace;
        var fonts = List("fonts", () => new XElement(_ns + "font", new XElement(_ns + "sz", new XAttribute("val", "11"))));
        var fills = List("fills",
            () => Fill("none"),
            () => Fill("gray125"));
        List("borders", () => new XElement(_ns + "border"));
        List("cellStyleXfs", Format);
        var cellXfs = List("cellXfs", Format);
        _formats = [.. cellXfs.Elements(_ns + "xf")];
        _errorFill = Append(fills, Fill("solid", "FFFFC7CE"));
        _warningFill = Append(fills, Fill("solid", "FFFFEB9C"));
        var bold = new XElement(fonts.Elements(_ns + "font").First());
        bold.Elements(_ns + "b").Remove();
        bold.AddFirst(new XElement(_ns + "b"));
        _boldFont = Append(fonts, bold);
        HeaderStyle = Add(0, font: _boldFont, fill: null);
        ErrorStyle = Add(0, font: null, fill: _errorFill);
        WarningStyle = Add(0, font: null, fill: _warningFill);
    }

    /// <summary>Bold: the notice and the header of the Problems sheet.</summary>
    public int HeaderStyle { get; }

    public int ErrorStyle { get; }

    public int WarningStyle { get; }

    /// <summary>The workbook's styles part, or a new minimal one when it has none.</summary>
    public static StylesEdit From(XDocument? styles) =>
        new(styles ?? new XDocument(new XElement(OpenXmlNames.SpreadsheetMain + "styleSheet")));

    /// <summary>The format of a marked cell: its own format (by index) with the severity's fill.</summary>
    public int Marked(int format, Severity severity)
    {
        if (format < 0 || format >= _formats.Count) format = 0;
        if (!_marked.TryGetValue((format, severity), out var index))
            _marked[(format, severity)] = index = Add(format, font: null, fill: severity == Severity.Error ? _errorFill : _warningFill);
        return index;
    }

    public XDocument Document => _document;

    private int Add(int from, int? font, int? fill)
    {
        var format = new XElement(_formats[from]);
        if (font is { } f)
        {
            format.SetAttributeValue("fontId", f.ToString(CultureInfo.InvariantCulture));
            format.SetAttributeValue("applyFont", "1");
        }
        if (fill is { } g)
        {
            format.SetAttributeValue("fillId", g.ToString(CultureInfo.InvariantCulture));
            format.SetAttributeValue("applyFill", "1");
        }
        var list = _document.Root!.Element(_ns + "cellXfs")!;
        Append(list, format);
        _formats.Add(format);
        return _formats.Count - 1;
    }

    /// <summary>Appends to a list element, keeping its count attribute true; returns the new item's index.</summary>
    private int Append(XElement list, XElement item)
    {
        var index = list.Elements().Count(e => e.Name == item.Name);
        list.Add(item);
        list.SetAttributeValue("count", (index + 1).ToString(CultureInfo.InvariantCulture));
        return index;
    }

    /// <summary>The list element, created in its schema place with default items when the part has none.</summary>
    private XElement List(string name, params Func<XElement>[] defaults)
    {
        var root = _document.Root!;
        var list = root.Element(_ns + name);
        if (list is null)
        {
            list = new XElement(_ns + name);
            var later = root.Elements().FirstOrDefault(e => Array.IndexOf(Order, e.Name.LocalName) > Array.IndexOf(Order, name));
            if (later is null) root.Add(list);
            else later.AddBeforeSelf(list);
        }
        if (!list.HasElements)
        {
            foreach (var item in defaults) list.Add(item());
            list.SetAttributeValue("count", defaults.Length.ToString(CultureInfo.InvariantCulture));
        }
        return list;
    }

    private XElement Format() =>
        new(_ns + "xf", new XAttribute("numFmtId", "0"), new XAttribute("fontId", "0"), new XAttribute("fillId", "0"), new XAttribute("borderId", "0"));

    private XElement Fill(string pattern, string? rgb = null)
    {
        var patternFill = new XElement(_ns + "patternFill", new XAttribute("patternType", pattern));
        if (rgb is not null)
        {
            patternFill.Add(new XElement(_ns + "fgColor", new XAttribute("rgb", rgb)));
            patternFill.Add(new XElement(_ns + "bgColor", new XAttribute("indexed", "64")));
        }
        return new XElement(_ns + "fill", patternFill);
    }
}
