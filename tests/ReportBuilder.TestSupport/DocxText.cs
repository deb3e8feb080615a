using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.TestSupport;

/// <summary>Reads generated documents back as text: one string per paragraph, breaks as \n, tabs as \t.</summary>
public static class DocxText
{
    public static List<string> BodyParagraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return Paragraphs(document.MainDocumentPart!.Document.Body!);
    }

    public static string Body(string path) => string.Join("\n", BodyParagraphs(path));

    /// <summary>The body text of a document held in memory.</summary>
    public static string Body(Stream stream)
    {
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", Paragraphs(document.MainDocumentPart!.Document.Body!));
    }

    public static List<string> Paragraphs(OpenXmlElement root) =>
        root.Descendants<Paragraph>().Where(p => !p.Ancestors<Paragraph>().Any()).Select(Text).ToList();

    /// <summary>A paragraph's own text; text-box paragraphs nested in it are left to themselves.</summary>
    public static string Text(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        Collect(paragraph, sb);
        return sb.ToString();
    }

    private static void Collect(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph: break;
                case Text t: sb.Append(t.Text); break;
                case Break: sb.Append('\n'); break;
                case TabChar: sb.Append('\t'); break;
                default: Collect(child, sb); break;
            }
        }
    }

    /// <summary>Every paragraph of the body including those in text boxes, in document order.</summary>
    public static List<string> AllBodyParagraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(Text).ToList();
    }

    public static List<string> HeaderParagraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.HeaderParts.SelectMany(h => Paragraphs(h.Header)).ToList();
    }

    public static List<string> FooterParagraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.FooterParts.SelectMany(f => Paragraphs(f.Footer)).ToList();
    }

    public static List<string> FootnoteParagraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<Footnote>().Where(f => f.Id! > 0).SelectMany(Paragraphs).ToList();
    }
}
