using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Docx.Numbering;

/// <summary>
/// Word lists of one document: which list (numId) a paragraph belongs to, directly or through
/// its style, and new list instances that restart at 1, so that a list inside each repetition
/// of a loop starts again instead of running on.
/// </summary>
public sealed class ListNumbering
{
    private readonly MainDocumentPart _main;
    private readonly Dictionary<string, (int NumId, int Level)> _styleLists = new(StringComparer.Ordinal);

    public ListNumbering(MainDocumentPart main)
    {
        _main = main;
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>().ToList() ?? [];
        var byId = styles.Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());
        foreach (var id in byId.Keys)
        {
            // Follow basedOn until a style says which list it uses.
            var style = byId[id];
            for (var depth = 0; style is not null && depth < 20; depth++)
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                if (numPr?.NumberingId?.Val?.Value is { } numId)
                {
                    _styleLists[id] = (numId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
                    break;
                }
                var basedOn = style.BasedOn?.Val?.Value;
                style = basedOn is null ? null : byId.GetValueOrDefault(basedOn);
            }
        }
    }

    /// <summary>The list a paragraph is numbered in, or null (numId 0 switches numbering off).</summary>
    public (int NumId, int Level)? ListOf(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        if (numPr?.NumberingId?.Val?.Value is { } explicitId)
            return explicitId == 0 ? null : (explicitId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && _styleLists.TryGetValue(styleId, out var list) && list.NumId != 0 ? list : null;
    }

    /// <summary>A new instance of the list numId that starts again at its levels' start values.</summary>
    public int RestartedCopyOf(int numId)
    {
        var numbering = _main.NumberingDefinitionsPart?.Numbering
            ?? throw new InvalidOperationException("The document has numbered paragraphs but no numbering part.");
        var original = numbering.Elements<NumberingInstance>().First(n => n.NumberID?.Value == numId);
        var newId = numbering.Elements<NumberingInstance>().Max(n => n.NumberID?.Value ?? 0) + 1;
        var copy = new NumberingInstance(new AbstractNumId { Val = original.AbstractNumId!.Val!.Value }) { NumberID = newId };
        for (var level = 0; level < 9; level++)
            copy.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
        var last = numbering.Elements<NumberingInstance>().Last();
        last.InsertAfterSelf(copy);
        return newId;
    }

    /// <summary>Moves a rendered paragraph to another list instance, keeping its level.</summary>
    public static void Renumber(Paragraph paragraph, int numId, int level)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.NumberingProperties = new NumberingProperties(
            new NumberingLevelReference { Val = properties.NumberingProperties?.NumberingLevelReference?.Val?.Value ?? level },
            new NumberingId { Val = numId });
    }
}
