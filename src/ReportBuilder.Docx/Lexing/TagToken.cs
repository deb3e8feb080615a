namespace ReportBuilder.Docx.Lexing;

/// <summary>A tag found in a paragraph's joined text: [Start, End) covers the braces; Content is between them.</summary>
public sealed record TagToken(int Start, int End, string Content)
{
    public string Raw => "{{" + Content + "}}";
}
