using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// A sheet's comments with a note on every marked cell: added to the comments the sheet already
/// has (a cell with a comment of its own keeps it and gets the problems after it), or a new
/// comments part. Excel shows a comment only with a shape in the sheet's VML drawing, so each
/// new comment gets one there too.
/// </summary>
internal static partial class CommentsEdit
{
    private const string Author = "ReportBuilder";

    /// <summary>Adds the notes to the comments document; returns the marks that need a new shape.</summary>
    public static List<CellMark> AddNotes(XDocument comments, IEnumerable<CellMark> marks)
    {
        var root = comments.Root!;
        var ns = root.Name.Namespace;
        var authors = root.Element(ns + "authors") ?? Prepend(root, new XElement(ns + "authors"));
        var author = authors.Elements(ns + "author").TakeWhile(a => a.Value != Author).Count();
        if (author == authors.Elements(ns + "author").Count()) authors.Add(new XElement(ns + "author", Author));
        var list = root.Element(ns + "commentList") ?? AddAfter(authors, new XElement(ns + "commentList"));
        var existing = list.Elements(ns + "comment")
            .GroupBy(c => ((string?)c.Attribute("ref") ?? "").ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.First());
        var shapes = new List<CellMark>();
        foreach (var mark in marks)
        {
            var note = string.Join("\n", mark.Notes);
            if (existing.TryGetValue(mark.Address, out var comment))
            {
                // A comment staff wrote stays first; the problems follow it.
                var text = comment.Element(ns + "text") ?? AddAfterAll(comment, new XElement(ns + "text"));
                // Plain text (a bare <t>) becomes a run first: readers take either plain text or runs, not both.
                if (text.Element(ns + "t") is { } plain)
                {
                    plain.Remove();
                    text.AddFirst(new XElement(ns + "r", plain));
                }
                var lastRun = text.Elements(ns + "r").LastOrDefault();
                var run = Run(ns, "\n" + note);
                if (lastRun is null) text.AddFirst(run);
                else lastRun.AddAfterSelf(run);
                continue;
            }
            list.Add(new XElement(ns + "comment",
                new XAttribute("ref", mark.Address),
                new XAttribute("authorId", author.ToString(CultureInfo.InvariantCulture)),
                new XElement(ns + "text", Run(ns, note))));
            shapes.Add(mark);
        }
        return shapes;
    }

    public static XDocument NewComments() =>
        new(new XElement(OpenXmlNames.SpreadsheetMain + "comments",
            new XElement(OpenXmlNames.SpreadsheetMain + "authors"),
            new XElement(OpenXmlNames.SpreadsheetMain + "commentList")));

    /// <summary>A new VML drawing holding a note shape for each mark; block is the drawing's shape id block.</summary>
    public static string NewDrawing(IReadOnlyList<CellMark> marks, int block) =>
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
        + $"<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{block}\"/></o:shapelayout>"
        + ShapeType + Shapes(marks, block) + "</xml>";

    /// <summary>
    /// The sheet's VML drawing with note shapes added before its end; null when the drawing does
    /// not end as VML does (the comments are then still listed on the Problems sheet).
    /// </summary>
    public static string? ExtendDrawing(string drawing, IReadOnlyList<CellMark> marks, int block)
    {
        var end = drawing.LastIndexOf("</xml>", StringComparison.OrdinalIgnoreCase);
        if (end < 0) return null;
        var type = drawing.Contains("id=\"_x0000_t202\"", StringComparison.Ordinal) ? "" : ShapeType;
        return drawing[..end] + type + Shapes(marks, block) + drawing[end..];
    }

    /// <summary>A shape id block no VML drawing of the workbook uses yet.</summary>
    public static int FreeBlock(IEnumerable<string> drawings)
    {
        var used = drawings.SelectMany(d => IdMap().Matches(d).Select(m => m.Groups[1].Value))
            .SelectMany(list => list.Split(','))
            .Select(n => int.TryParse(n.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0);
        return used.DefaultIfEmpty(0).Max() + 1;
    }

    /// <summary>
    /// Each shape declares the VML namespaces itself: drawings written by other tools declare them
    /// on each element rather than on the root, so the root's prefixes cannot be relied on.
    /// </summary>
    private const string Namespaces =
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"";

    private const string ShapeType =
        "<v:shapetype " + Namespaces + " id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
        + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

    private static string Shapes(IReadOnlyList<CellMark> marks, int block)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < marks.Count; i++)
        {
            var (row, column) = (marks[i].Row - 1, marks[i].Column - 1);
            sb.Append(CultureInfo.InvariantCulture,
                $"<v:shape {Namespaces} id=\"_x0000_s{(block * 1024) + i + 1}\" type=\"#_x0000_t202\" ")
              .Append("style=\"position:absolute;margin-left:60pt;margin-top:2pt;width:220pt;height:80pt;z-index:1;visibility:hidden\" ")
              .Append("fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
              .Append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
              .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
              .Append(CultureInfo.InvariantCulture, $"<x:Anchor>{column + 1}, 15, {Math.Max(row - 1, 0)}, 10, {column + 5}, 15, {row + 4}, 4</x:Anchor>")
              .Append(CultureInfo.InvariantCulture, $"<x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{column}</x:Column></x:ClientData></v:shape>");
        }
        return sb.ToString();
    }

    private static XElement Run(XNamespace ns, string text) =>
        new(ns + "r",
            new XElement(ns + "rPr", new XElement(ns + "sz", new XAttribute("val", "9")), new XElement(ns + "rFont", new XAttribute("val", "Tahoma"))),
            new XElement(ns + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), CellText.Escape(text)));

    private static XElement Prepend(XElement parent, XElement child)
    {
        parent.AddFirst(child);
        return child;
    }

    private static XElement AddAfter(XElement sibling, XElement child)
    {
        sibling.AddAfterSelf(child);
        return child;
    }

    private static XElement AddAfterAll(XElement parent, XElement child)
    {
        parent.Add(child);
        return child;
    }

    [GeneratedRegex("idmap[^>]*?data=\"([0-9, ]*)\"")]
    private static partial Regex IdMap();
}
