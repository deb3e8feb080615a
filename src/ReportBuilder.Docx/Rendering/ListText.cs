using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Lexing;

namespace ReportBuilder.Docx.Rendering;

/// <summary>The text work of a {{#list}}: whether a part prints anything, its edges trimmed, and the separators between parts.</summary>
internal static class ListText
{
    /// <summary>Trims white space at the part's start and end; false when nothing is left to print.</summary>
    public static bool TrimEdges(List<OpenXmlElement> content)
    {
        var texts = content.SelectMany(e => e is Text t ? [t] : e.Descendants<Text>()).ToList();
        var first = texts.FindIndex(t => !string.IsNullOrWhiteSpace(t.Text));
        if (first < 0) return content.Any(e => e.Descendants<Drawing>().Any());
        var last = texts.FindLastIndex(t => !string.IsNullOrWhiteSpace(t.Text));
        for (var i = 0; i < first; i++) texts[i].Text = "";
        for (var i = last + 1; i < texts.Count; i++) texts[i].Text = "";
        texts[first].Text = texts[first].Text.TrimStart();
        texts[last].Text = texts[last].Text.TrimEnd();
        return true;
    }

    /// <summary>What stands before the last part: " and ", or the punctuation a word starts with and no space before it (", а также ", "; ").</summary>
    public static string Last(string word) => word.Length > 0 && word[0] is ',' or ';' ? word + " " : $" {word} ";

    public static Run Separator(string text, Run? tag)
    {
        var run = new Run();
        if (tag?.RunProperties is { } properties) run.AppendChild(properties.CloneNode(true));
        run.AppendChild(RunNormalizer.TextElement(text));
        return run;
    }
}
