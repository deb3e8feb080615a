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

    /// <summary>The list a paragraph is numbered in, or null (numId 0 switches numbering off; a list the document does not define numbers nothing).</summary>
    public (int NumId, int Level)? ListOf(Paragraph paragraph) =>
        DeclaredListOf(paragraph) is { } list && Instances.ContainsKey(list.NumId) ? list : null;

    /// <summary>The list a paragraph names that the document does not define (text pasted from elsewhere), or null.</summary>
    public int? UndefinedListOf(Paragraph paragraph) =>
        DeclaredListOf(paragraph) is { } list && !Instances.ContainsKey(list.NumId) ? list.NumId : null;

    private (int NumId, int Level)? DeclaredListOf(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        if (numPr?.NumberingId?.Val?.Value is { } explicitId)
            return explicitId == 0 ? null : (explicitId, numPr.NumberingLevelReference?.Val?.Value ?? 0);
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && _styleLists.TryGetValue(styleId, out var list) && list.NumId != 0 ? list : null;
    }

    /// <summary>The list instances by id, read once (a loop restarts lists in every repetition).</summary>
    private Dictionary<int, NumberingInstance> Instances => _instances ??= ReadInstances();

    private Dictionary<int, NumberingInstance>? _instances;
    private NumberingInstance? _last;
    private int _nextId;

    private Dictionary<int, NumberingInstance> ReadInstances()
    {
        var numbering = _main.NumberingDefinitionsPart?.Numbering;
        var abstracts = numbering?.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value).OfType<int>().ToHashSet() ?? [];
        var instances = new Dictionary<int, NumberingInstance>();
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } a && abstracts.Contains(a)) instances.TryAdd(id, instance);
            _nextId = Math.Max(_nextId, (instance.NumberID?.Value ?? 0) + 1);
            _last = instance;
        }
        return instances;
    }

    /// <summary>
    /// A new instance of the list numId that starts again at 1, keeping the original's level
    /// overrides (a list pasted with its own formatting keeps it).
    /// </summary>
    public int RestartedCopyOf(int numId)
    {
        var original = Instances[numId];
        var newId = _nextId++;
        var copy = new NumberingInstance(new AbstractNumId { Val = original.AbstractNumId!.Val!.Value }) { NumberID = newId };
        for (var level = 0; level < 9; level++)
        {
            var kept = original.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
            var levelOverride = kept is null ? new LevelOverride { LevelIndex = level } : (LevelOverride)kept.CloneNode(true);
            levelOverride.StartOverrideNumberingValue = new StartOverrideNumberingValue { Val = 1 };
            copy.Append(levelOverride);
        }
        _last!.InsertAfterSelf(copy);
        _last = copy;
        Instances[newId] = copy;
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
