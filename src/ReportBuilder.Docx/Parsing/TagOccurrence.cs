using ReportBuilder.Problems;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>A parsed tag in its isolated run, with its paragraph and location.</summary>
/// <param name="Broken">
/// A block tag already reported as mistyped (unclosed, or a syntax error): it still takes
/// part in pairing, so that its partner tags are not reported again, but it builds nothing.
/// </param>
public sealed record TagOccurrence(Run Run, Paragraph Paragraph, TagSyntax Syntax, TemplateLocation Location, bool Standalone, bool Broken = false)
{
    /// <summary>What a mistyped block tag was meant to be, told from its keyword; null for anything else.</summary>
    public static TagSyntax? Intended(string content)
    {
        var text = content.TrimStart();
        static bool Is(string text, string keyword) =>
            text.StartsWith(keyword, StringComparison.Ordinal) && (text.Length == keyword.Length || !char.IsLetter(text[keyword.Length]));
        var any = new Expressions.LiteralExpr(null);
        if (Is(text, "#each")) return new OpenTag(BlockKind.Each, any, null);
        if (Is(text, "#if")) return new OpenTag(BlockKind.If, any, null);
        if (Is(text, "#list")) return new OpenTag(BlockKind.List, any, null);
        if (Is(text, "/each")) return new CloseTag(BlockKind.Each);
        if (Is(text, "/if")) return new CloseTag(BlockKind.If);
        if (Is(text, "/list")) return new CloseTag(BlockKind.List);
        if (Is(text, "else")) return new ElseTag(null);
        if (Is(text, "part")) return new PartTag(null);
        return null;
    }
}
