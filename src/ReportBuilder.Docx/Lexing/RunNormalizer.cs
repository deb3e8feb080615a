using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Docx.Lexing;

/// <summary>
/// Puts every tag of a paragraph into a run of its own, keeping the formatting of the tag's
/// first character. Word splits typed text into runs anywhere (spell-check marks, revision
/// ids, a bold letter); the tag is found in the joined text, its characters are moved into
/// the w:t holding its first character, and that w:t's run is split around it. The joined
/// text never changes, so nothing is guessed.
/// </summary>
public static class RunNormalizer
{
    /// <summary>
    /// A tag and the run that now holds exactly its text. CrossedBoundary: the tag was typed
    /// partly inside a hyperlink, field or content control and partly outside it.
    /// </summary>
    public sealed record IsolatedTag(Run Run, TagToken Token, bool CrossedBoundary = false);

    public static List<IsolatedTag> Isolate(Paragraph paragraph, IReadOnlyList<TagToken> tags)
    {
        if (tags.Count == 0) return [];
        var before = ParagraphText.Of(paragraph);
        var crossing = tags.Where(tag => CrossesBoundary(paragraph, before.Segments, tag)).ToHashSet();
        for (var t = tags.Count - 1; t >= 0; t--) GatherIntoFirstSegment(before.Segments, tags[t]);

        // Each tag now lies inside one w:t; split those w:t's runs around their tags.
        var after = ParagraphText.Of(paragraph);
        var isolated = new List<IsolatedTag>();
        foreach (var group in tags.GroupBy(tag => after.Segments[IndexAt(after.Segments, tag.Start)]))
            isolated.AddRange(SplitRun(group.Key, [.. group]));
        return [.. isolated.Select(i => crossing.Contains(i.Token) ? i with { CrossedBoundary = true } : i)];
    }

    /// <summary>
    /// Whether a tag's characters lie in different hyperlinks, fields or content controls, or
    /// on both sides of a complex field's markers: moving them together changes that structure.
    /// </summary>
    private static bool CrossesBoundary(Paragraph paragraph, IReadOnlyList<TextSegment> segments, TagToken tag)
    {
        var spanned = new List<TextSegment>();
        for (var i = IndexAt(segments, tag.Start); i < segments.Count && segments[i].Start < tag.End; i++)
        {
            if (segments[i].End > tag.Start) spanned.Add(segments[i]);
        }
        if (spanned.Count < 2) return false;
        if (spanned.Select(s => Container(s.Element)).Distinct().Count() > 1) return true;
        var inside = false;
        foreach (var element in paragraph.Descendants())
        {
            if (element == spanned[0].Element) inside = true;
            else if (element == spanned[^1].Element) return false;
            else if (inside && element is FieldChar) return true;
        }
        return false;
    }

    private static OpenXmlElement? Container(Text text) =>
        text.Ancestors().FirstOrDefault(a => a is Hyperlink or SimpleField or SdtRun or Paragraph);

    private static void GatherIntoFirstSegment(IReadOnlyList<TextSegment> segments, TagToken tag)
    {
        var index = IndexAt(segments, tag.Start);
        var first = segments[index];
        if (tag.End <= first.End) return;
        var text = first.Element.Text;
        first.Element.Text = text[..(tag.Start - first.Start)] + "{{" + tag.Content + "}}";
        for (var i = index + 1; i < segments.Count && segments[i].Start < tag.End; i++)
        {
            var segment = segments[i];
            var segmentText = segment.Element.Text;
            segment.Element.Text = segment.End <= tag.End ? "" : segmentText[(tag.End - segment.Start)..];
        }
    }

    /// <summary>
    /// The index of the segment holding the character at position: the last segment starting at
    /// or before it (segments are in text order), found by binary search so that a paragraph of
    /// thousands of tags is not searched once per tag.
    /// </summary>
    private static int IndexAt(IReadOnlyList<TextSegment> segments, int position)
    {
        int low = 0, high = segments.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (segments[middle].Start <= position) low = middle;
            else high = middle - 1;
        }
        // Only a segment emptied earlier can end before the position: step back to the one holding it.
        while (low > 0 && segments[low].End <= position) low--;
        return low;
    }

    private static List<IsolatedTag> SplitRun(TextSegment segment, List<TagToken> tags)
    {
        var text = segment.Element;
        if (text.Parent is not Run run) return [];
        var properties = run.RunProperties;
        var runs = new List<Run>();
        var isolated = new List<IsolatedTag>();

        var beforeText = new List<OpenXmlElement>();
        var afterText = new List<OpenXmlElement>();
        var seen = false;
        foreach (var child in run.ChildElements.ToList())
        {
            if (child is RunProperties) continue;
            if (child == text) { seen = true; continue; }
            (seen ? afterText : beforeText).Add(child);
        }
        if (beforeText.Count > 0) runs.Add(NewRun(run, properties, beforeText));

        var value = text.Text;
        var position = 0;
        foreach (var tag in tags.OrderBy(t => t.Start))
        {
            var start = tag.Start - segment.Start;
            var end = tag.End - segment.Start;
            if (start > position) runs.Add(NewRun(run, properties, [TextElement(value[position..start])]));
            var tagRun = NewRun(run, properties, [TextElement(value[start..end])]);
            runs.Add(tagRun);
            isolated.Add(new IsolatedTag(tagRun, tag));
            position = end;
        }
        if (position < value.Length) runs.Add(NewRun(run, properties, [TextElement(value[position..])]));
        if (afterText.Count > 0) runs.Add(NewRun(run, properties, afterText));

        // Each after the one before: the SDK finds an element's previous sibling by walking its
        // parent's children, so inserting every run before the old one costs a walk per tag.
        OpenXmlElement previous = run;
        foreach (var newRun in runs) previous = previous.InsertAfterSelf(newRun);
        run.Remove();
        return isolated;
    }

    private static Run NewRun(Run template, RunProperties? properties, IEnumerable<OpenXmlElement> children)
    {
        var run = (Run)template.CloneNode(false);
        if (properties is not null) run.AppendChild(properties.CloneNode(true));
        foreach (var child in children)
        {
            if (child.Parent is not null) child.Remove();
            run.AppendChild(child);
        }
        return run;
    }

    public static Text TextElement(string value) => new(value) { Space = SpaceProcessingModeValues.Preserve };
}
