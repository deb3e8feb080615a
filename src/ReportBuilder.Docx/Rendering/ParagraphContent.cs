using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Docx.Rendering;

/// <summary>Whether a rendered paragraph shows anything (or carries a section break, which must stay).</summary>
public static class ParagraphContent
{
    public static bool IsVisible(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.SectionProperties is not null) return true;
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when t.Text.Length > 0:
                case Drawing or Picture or EmbeddedObject or Break or TabChar or SymbolChar or FieldChar or SimpleField
                    or FootnoteReference or EndnoteReference or PositionalTab:
                    return true;
            }
        }
        return false;
    }
}
