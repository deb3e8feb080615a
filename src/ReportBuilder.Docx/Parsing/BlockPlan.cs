using DocumentFormat.OpenXml;

namespace ReportBuilder.Docx.Parsing;

/// <summary>
/// A paired block: its tags, its placement, and the sibling elements ("units") that mark its
/// start, its else branches and its end: the tag runs (inline), the tags' own paragraphs
/// (paragraphs) or the table rows holding the tags (rows).
/// </summary>
public sealed class BlockPlan(TagOccurrence open)
{
    public TagOccurrence Open { get; } = open;
    public List<TagOccurrence> Elses { get; } = [];
    public TagOccurrence? Close { get; set; }
    public BlockPlacement Placement { get; set; }
    public OpenXmlElement? OpenUnit { get; set; }
    public OpenXmlElement? CloseUnit { get; set; }
    public List<OpenXmlElement> ElseUnits { get; } = [];
}
