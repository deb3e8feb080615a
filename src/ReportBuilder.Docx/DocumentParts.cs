using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportBuilder.Docx;

/// <summary>
/// The parts of a Word document that hold text, with the names used in messages: one list
/// for the engine (which fills them) and for whoever finishes the document afterwards (proofing
/// language, drawing ids), so no part is forgotten by one of them.
/// </summary>
public static class DocumentParts
{
    /// <summary>Body, headers, footers, footnotes and endnotes (text boxes are inside them): the parts whose tags are filled.</summary>
    public static IEnumerable<(string Name, OpenXmlElement Root)> WithTags(MainDocumentPart main)
    {
        yield return ("body", main.Document.Body!);
        foreach (var header in main.HeaderParts) if (header.Header is { } h) yield return (Name(header), h);
        foreach (var footer in main.FooterParts) if (footer.Footer is { } f) yield return (Name(footer), f);
        if (main.FootnotesPart?.Footnotes is { } footnotes) yield return ("footnotes", footnotes);
        if (main.EndnotesPart?.Endnotes is { } endnotes) yield return ("endnotes", endnotes);
    }

    /// <summary>Every text part, the comments too (tags are not filled there, but a finished document's text is).</summary>
    public static IEnumerable<OpenXmlElement> All(MainDocumentPart main)
    {
        foreach (var (_, root) in WithTags(main)) yield return root;
        if (main.WordprocessingCommentsPart?.Comments is { } comments) yield return comments;
    }

    private static string Name(OpenXmlPart part) => Path.GetFileNameWithoutExtension(part.Uri.OriginalString);
}
