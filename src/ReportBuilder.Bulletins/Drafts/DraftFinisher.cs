using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using ReportBuilder.Docx;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// Makes a rendered bulletin an editor's draft: the proofing language of every run is the
/// output language (so Word's spell-checker works), each item with review notes carries a
/// visible Word comment, and the document properties say what the draft is.
/// </summary>
public static class DraftFinisher
{
    public const string Author = "ReportBuilder";

    /// <summary>Runs on the filled document before the engine saves it.</summary>
    public static void Finish(WordprocessingDocument word, string language, string title, ReviewNotes notes, DateTime created,
        IReadOnlyList<(string Label, int Count)> months, (string Title, string Series) chart)
    {
        var main = word.MainDocumentPart!;
        SetLanguage(main, language);
        AddComments(main, notes, created, NoteText.For(language[..2]));
        MonthChart.Place(main, months, chart.Title, chart.Series);
        word.PackageProperties.Title = title;
        word.PackageProperties.Language = language;
        word.PackageProperties.Creator = Author;
        word.PackageProperties.Created = created;
        word.PackageProperties.Modified = created;
    }

    /// <summary>
    /// The document defaults and every style carry the output language; a run that names a
    /// language of its own (text pasted into the template) gets the output language too. So
    /// every run's proofing language is the output language without writing it on each run.
    /// </summary>
    private static void SetLanguage(MainDocumentPart main, string language)
    {
        if (main.StyleDefinitionsPart?.Styles is { } styles)
        {
            var defaults = styles.DocDefaults ??= new DocDefaults();
            var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
            var properties = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
            properties.Languages = new Languages { Val = language };
            foreach (var styleLanguage in styles.Descendants<Languages>()) styleLanguage.Val = language;
        }
        foreach (var root in DocumentParts.All(main))
        {
            foreach (var runLanguage in root.Descendants<Languages>()) runLanguage.Val = language;
        }
    }

    /// <summary>
    /// A comment on each sentence a note is about (the paragraph of the item that prints the
    /// note's anchor text: the form used, the amount, the judge; else the item's first), opening
    /// with the item's register row. An item with nothing to check gets no comment: its row stays
    /// findable through a bookmark named after it (Insert > Bookmark).
    /// </summary>
    private static void AddComments(MainDocumentPart main, ReviewNotes notes, DateTime created, NoteText say)
    {
        var paragraphs = main.Document.Body!.Descendants<Paragraph>().ToList();
        var starts = new List<(int Item, int Index)>();
        var footnotes = new List<(Paragraph Paragraph, string Url)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            foreach (var text in paragraphs[i].Descendants<Text>())
            {
                while (ReviewNotes.TryFindMarker(text.Text, out var item, out var start, out var length))
                {
                    text.Text = text.Text.Remove(start, length);
                    starts.Add((item, i));
                }
            }
        }
        var targets = new List<(Paragraph Paragraph, IReadOnlyList<string> Notes)>();
        var bookmarks = new Bookmarks(main.Document.Body!);
        for (var s = 0; s < starts.Count; s++)
        {
            var (item, first) = starts[s];
            // The item's sentences run to the next item (at most a few paragraphs after the last one).
            var end = s + 1 < starts.Count ? starts[s + 1].Index : Math.Min(paragraphs.Count, first + 8);
            var hasSource = notes.Sources.TryGetValue(item, out var source);
            if (hasSource)
            {
                bookmarks.Add(paragraphs[first], source.Row);
                if (source.Url is { } url) footnotes.Add((paragraphs[first], url));
            }
            // A comment only where an editor must act; it names the register row to act on.
            var byParagraph = new SortedDictionary<int, List<string>>();
            int? Printing(string text) => Enumerable.Range(first, end - first).Cast<int?>()
                .FirstOrDefault(i => Normalized(paragraphs[i!.Value].InnerText).Contains(Normalized(text), StringComparison.Ordinal));
            void Add(int at, string note)
            {
                if (!byParagraph.TryGetValue(at, out var list)) byParagraph[at] = list = hasSource ? [say.RegisterRow(source.Row)] : [];
                list.Add(note);
            }
            foreach (var note in notes.ByItem.GetValueOrDefault(item) ?? [])
                Add(notes.AnchorOf(item, note) is { } anchor ? Printing(anchor) ?? first : first, note);
            // An unsure form is noted only where the item prints it, naming the forms printed.
            foreach (var unsure in notes.UnsureOf(item))
            {
                var printed = unsure.Offered.Where(f => Printing(f.Text) is not null).ToList();
                if (printed.Count > 0) Add(Printing(printed[0].Text)!.Value, unsure.Word(printed));
            }
            foreach (var (index, lines) in byParagraph) targets.Add((paragraphs[index], lines));
        }
        if (notes.General.Count > 0 && main.Document.Body!.Elements<Paragraph>().FirstOrDefault() is { } top)
            targets.Add((top, notes.General));
        AnchorComments(main, targets, created);
        notes.Comments = targets.Count;
        // After the comment anchors: LibreOffice drops a footnote's text when its reference lies inside a comment's range.
        foreach (var (paragraph, url) in footnotes) SourceFootnote.Add(main, paragraph, url);
    }

    /// <summary>Money prints with no-break spaces: compare texts with plain ones.</summary>
    private static string Normalized(string text) => text.Replace('\u00A0', ' ');

    private static void AnchorComments(MainDocumentPart main, List<(Paragraph Paragraph, IReadOnlyList<string> Notes)> targets, DateTime created)
    {
        if (targets.Count == 0) return;

        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        var id = part.Comments.Elements<Comment>().Select(c => int.TryParse(c.Id?.Value, out var n) ? n : 0).DefaultIfEmpty(-1).Max() + 1;
        foreach (var (paragraph, paragraphNotes) in targets)
        {
            var commentId = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            part.Comments.AppendChild(new Comment(paragraphNotes.Select(n => new Paragraph(new Run(new Text(n)))))
            {
                Id = commentId,
                Author = Author,
                Initials = "RB",
                Date = created,
            });
            var properties = paragraph.ParagraphProperties;
            var start = new CommentRangeStart { Id = commentId };
            if (properties is null) paragraph.PrependChild(start); else properties.InsertAfterSelf(start);
            paragraph.AppendChild(new CommentRangeEnd { Id = commentId });
            paragraph.AppendChild(new Run(new CommentReference { Id = commentId }));
        }
    }
}
