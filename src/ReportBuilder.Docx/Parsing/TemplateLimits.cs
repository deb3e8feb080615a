namespace ReportBuilder.Docx.Parsing;

/// <summary>
/// How much one template may hold, so that a damaged or generated template ends in a message
/// naming the limit and the place rather than in a stack overflow or a render that never
/// ends. Each is far above any real template: the shipped bulletins have at most 12 tags in a
/// paragraph, under 300 in all, and blocks nested 3 deep.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Blocks ({{#if}}, {{#each}}, {{#list}}) open inside one another at once.</summary>
    public const int MaxNesting = 100;

    /// <summary>Tags in one paragraph.</summary>
    public const int MaxTagsPerParagraph = 25_000;

    /// <summary>Tags in the whole template, all parts together.</summary>
    public const int MaxTagsPerTemplate = 250_000;

    /// <summary>Words, names and signs in one tag's expression.</summary>
    public const int MaxTokensPerTag = 1_000;

    /// <summary>Brackets and 'not' inside one another in one tag.</summary>
    public const int MaxExpressionNesting = 64;

    /// <summary>XML elements inside one another in a part (Word's own documents stay under 60, even with tables in tables).</summary>
    public const int MaxElementDepth = 256;
}
