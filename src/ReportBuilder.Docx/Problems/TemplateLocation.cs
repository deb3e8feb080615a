namespace ReportBuilder.Docx.Problems;

/// <summary>
/// Where a tag is: template file, part (body, header1, footnotes …), paragraph number within
/// the part (1-based, document order), the tag as typed and the text around it.
/// </summary>
public sealed record TemplateLocation(string File, string Part, int Paragraph, string Tag, string Context)
{
    public override string ToString() => $"{File} {Part} paragraph {Paragraph}, {Tag} in \"{Context}\"";
}
