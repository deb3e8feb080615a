using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Docx.Lexing;

/// <summary>One w:t element of a paragraph and where its text starts in the paragraph's joined text.</summary>
public sealed record TextSegment(Text Element, int Start)
{
    public int End => Start + Element.Text.Length;
}
