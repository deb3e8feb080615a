using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Docx.Lexing;

/// <summary>
/// A paragraph's visible text joined across all its runs, with each w:t's place in it, so tags
/// are found in what the user typed however Word split it into runs. Text of nested paragraphs
/// (text boxes) belongs to those paragraphs; deleted text and field codes are not text.
/// </summary>
public sealed class ParagraphText
{
    private ParagraphText(string text, IReadOnlyList<TextSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<TextSegment> Segments { get; }

    public static ParagraphText Of(Paragraph paragraph)
    {
        var segments = new List<TextSegment>();
        var sb = new StringBuilder();
        Collect(paragraph, segments, sb);
        return new ParagraphText(sb.ToString(), segments);
    }

    private static void Collect(OpenXmlElement element, List<TextSegment> segments, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph:
                    continue; // a text box's paragraph: lexed on its own
                case Text text:
                    segments.Add(new TextSegment(text, sb.Length));
                    sb.Append(text.Text);
                    continue;
                default:
                    if (child.HasChildren) Collect(child, segments, sb);
                    continue;
            }
        }
    }

    /// <summary>The text around a place, for error messages.</summary>
    public string Around(int start, int end, int width = 30)
    {
        var from = Math.Max(0, start - width);
        var to = Math.Min(Text.Length, end + width);
        return (from > 0 ? "…" : "") + Text[from..to] + (to < Text.Length ? "…" : "");
    }
}
