using ReportBuilder.Problems;
namespace ReportBuilder.Problems;

/// <summary>
/// Where a tag is in a template: file, part (body, header1, footnotes …), paragraph number within
/// the part (1-based, document order), the tag as typed and the text around it.
/// </summary>
/// <param name="Opening">The start of the paragraph, as a person finds it in Word.</param>
/// <param name="Heading">The nearest heading (or title) above the paragraph, if any.</param>
public sealed record TemplateLocation(string File, string Part, int Paragraph, string Tag, string Context, string? Opening = null, string? Heading = null)
{
    /// <summary>Where to look in Word: "paragraph 15 («On {{ item.date…»), under «Summary»".</summary>
    public string InWord => InWordIn(UiLanguage.English);

    /// <summary>Where to look in Word, in the reader's language.</summary>
    public string InWordIn(UiLanguage language) =>
        ProblemTexts.Render("Where.Paragraph", [("number", Paragraph)], language)
        + (Opening is { Length: > 0 } o ? $" («{o}»)" : "")
        + (Heading is { Length: > 0 } h ? ProblemTexts.Render("Where.Heading", [("heading", h)], language) : "");

    /// <summary>The part as Word shows it: "body" → "the body" / "основной текст", "header2" → "header 2" / "верхний колонтитул 2".</summary>
    public string PartIn(UiLanguage language) => PartName(Part, language);

    public static string PartName(string part, UiLanguage language)
    {
        var digits = part.Length - part.Reverse().TakeWhile(char.IsDigit).Count();
        var kind = part[..digits];
        var number = part[digits..];
        var name = ProblemTexts.Template("Part." + kind, language);
        return name is null ? part : number.Length > 0 ? $"{name} {number}" : name;
    }

    /// <summary>The whole place, in the reader's language: file, part, paragraph, tag.</summary>
    public string In(UiLanguage language) =>
        $"{File} {PartIn(language)} {InWordIn(language)}" + (Tag.Length > 0 ? $" {Tag}" : "");

    public override string ToString() => $"{File} {Part} {InWord}, {Tag} in \"{Context}\"";
}
