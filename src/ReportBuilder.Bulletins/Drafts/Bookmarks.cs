using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// Bookmarks on items' first paragraphs named after their register rows (RB_register_Events_A5):
/// an item without a review comment can still be traced to its row, through Insert > Bookmark
/// or Go To, without a comment an editor would have to delete.
/// </summary>
internal sealed class Bookmarks(Body body)
{
    /// <summary>Word's limit on a bookmark name.</summary>
    private const int MaxName = 40;

    private readonly HashSet<string> _names = [.. body.Descendants<BookmarkStart>().Select(b => b.Name?.Value ?? "")];
    private int _nextId = body.Descendants<BookmarkStart>().Select(b => int.TryParse(b.Id?.Value, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;

    public void Add(Paragraph paragraph, string row)
    {
        var name = Name(row);
        if (!_names.Add(name)) return;
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = id, Name = name };
        if (paragraph.ParagraphProperties is { } properties) properties.InsertAfterSelf(start);
        else paragraph.PrependChild(start);
        paragraph.AppendChild(new BookmarkEnd { Id = id });
    }

    /// <summary>"register.xlsx Events!A5" → RB_register_Events_A5: letters, digits and underscores, from a letter.</summary>
    public static string Name(string row)
    {
        var parts = row.Split(' ', 2);
        var stem = parts.Length == 2 ? Path.GetFileNameWithoutExtension(parts[0]) + " " + parts[1] : row;
        var sb = new StringBuilder("RB_");
        foreach (var c in stem) sb.Append(char.IsLetterOrDigit(c) ? c : '_');
        return sb.Length <= MaxName ? sb.ToString() : sb.ToString(0, MaxName);
    }
}
