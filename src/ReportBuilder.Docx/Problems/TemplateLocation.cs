namespace ReportBuilder.Docx.Problems;

/// <summary>
/// Where a tag is: template file, part (body, header1, footnotes …), paragraph number within
/// the part (1-based, document order), the tag as typed and the text around it.
/// </summary>
/// <param name="Opening">The start of the paragraph, as a person finds it in Word.</param>
/// <param name="Heading">The nearest heading (or title) above the paragraph, if any.</param>
public sealed record TemplateLocation(string File, string Part, int Paragraph, string Tag, string Context, string? Opening = null, string? Heading = null)
{
    /// <summary>Where to look in Word: "paragraph 15 («On {{ item.date…»), under «Summary»".</summary>
    public string InWord =>
        $"paragraph {Paragraph}" + (Opening is { Length: > 0 } o ? $" («{o}»)" : "") + (Heading is { Length: > 0 } h ? $", under «{h}»" : "");

    public override string ToString() => $"{File} {Part} {InWord}, {Tag} in \"{Context}\"";
}
