using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>Reads the Context sheet: background paragraphs with the dates they apply to.</summary>
internal static class ContextSheet
{
    public static IEnumerable<ContextRow> Read(SheetTable t)
    {
        foreach (var row in t.DataRows)
        {
            var from = t.Date(row, "From", required: true);
            var until = t.Date(row, "Until", required: false);
            var textEn = t.Text(row, "TextEn");
            var textRu = t.Text(row, "TextRu");
            t.CheckTranslations(row);
            if (from is { } f) yield return new ContextRow(f, until, textEn, textRu, t.Source(row));
        }
    }
}
