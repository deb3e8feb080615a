using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportBuilder.Docx.FixUps;

/// <summary>
/// Repeated content copies ids that must be unique: drawing ids (Word reports the file as
/// damaged otherwise), bookmarks (a repeated bookmark is dropped, the first one kept) and
/// paragraph ids (Word makes new ones).
/// </summary>
public static class UniqueIds
{
    public static void Apply(IEnumerable<OpenXmlElement> roots)
    {
        var bookmarkNames = new HashSet<string>(StringComparer.Ordinal);
        var paragraphIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var start in root.Descendants<BookmarkStart>().ToList())
            {
                if (start.Name?.Value is not { } name || bookmarkNames.Add(name)) continue;
                var id = start.Id?.Value;
                root.Descendants<BookmarkEnd>().FirstOrDefault(e => e.Id?.Value == id && IsAfter(start, e))?.Remove();
                start.Remove();
            }
            foreach (var paragraph in root.Descendants<Paragraph>())
            {
                if (paragraph.ParagraphId?.Value is { } paraId && !paragraphIds.Add(paraId))
                {
                    paragraph.ParagraphId = null;
                    paragraph.TextId = null;
                }
            }
        }
        RenumberBookmarks(roots);
    }

    /// <summary>Numbers every drawing 1, 2, 3 … across all parts: Word reports a document with two equal drawing ids as damaged.</summary>
    public static void NumberDrawings(IEnumerable<OpenXmlElement> roots)
    {
        var drawingId = 1u;
        foreach (var root in roots)
        {
            foreach (var docPr in root.Descendants<DW.DocProperties>()) docPr.Id = drawingId++;
        }
    }

    private static void RenumberBookmarks(IEnumerable<OpenXmlElement> roots)
    {
        var next = 0;
        foreach (var root in roots)
        {
            var open = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var element in root.Descendants().Where(e => e is BookmarkStart or BookmarkEnd).ToList())
            {
                if (element is BookmarkStart start && start.Id?.Value is { } id)
                {
                    var newId = (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    open[id] = newId;
                    start.Id = newId;
                }
                else if (element is BookmarkEnd end && end.Id?.Value is { } endId && open.Remove(endId, out var mapped))
                {
                    end.Id = mapped;
                }
            }
        }
    }

    private static bool IsAfter(OpenXmlElement first, OpenXmlElement second)
    {
        var found = false;
        foreach (var e in first.Ancestors().Last().Descendants())
        {
            if (e == first) found = true;
            else if (e == second) return found;
        }
        return false;
    }
}
