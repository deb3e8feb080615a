using ReportBuilder.Docx.Expressions;

namespace ReportBuilder.Docx.Parsing;

/// <summary>Parses the text between {{ and }}.</summary>
public static class TagParser
{
    /// <exception cref="ExpressionSyntaxException">The tag is not valid.</exception>
    public static TagSyntax Parse(string content)
    {
        var text = content.Trim();
        if (text.Length == 0) throw new ExpressionSyntaxException("the tag is empty", 0);
        if (text[0] == '#')
        {
            var (keyword, rest) = SplitKeyword(text[1..]);
            return keyword switch
            {
                "each" => Each(rest),
                "if" => new OpenTag(BlockKind.If, Require(rest, "#if needs a condition, e.g. {{#if person.female}}"), null),
                // The joining word is the draft language's "and" unless the tag names one: {{#list "or"}}.
                "list" => new OpenTag(BlockKind.List, rest.Length == 0 ? new LiteralExpr(null) : ExpressionParser.Parse(rest), null),
                _ => throw new ExpressionSyntaxException($"unknown block '#{keyword}'; expected #each, #if or #list", 0),
            };
        }
        if (text[0] == '/')
        {
            var (keyword, rest) = SplitKeyword(text[1..]);
            if (rest.Length > 0) throw new ExpressionSyntaxException($"'/{keyword}' takes nothing after it", 0);
            return keyword switch
            {
                "each" => new CloseTag(BlockKind.Each),
                "if" => new CloseTag(BlockKind.If),
                "list" => new CloseTag(BlockKind.List),
                _ => throw new ExpressionSyntaxException($"unknown block end '/{keyword}'; expected /each, /if or /list", 0),
            };
        }
        if (text == "part") return new PartTag(null);
        if (text.StartsWith("part ", StringComparison.Ordinal)) return new PartTag(ExpressionParser.Parse(text[5..]));
        if (text == "else") return new ElseTag(null);
        if (text.StartsWith("else ", StringComparison.Ordinal))
        {
            var (keyword, rest) = SplitKeyword(text[5..]);
            if (keyword != "if") throw new ExpressionSyntaxException("expected 'else' or 'else if condition'", 5);
            return new ElseTag(Require(rest, "else if needs a condition"));
        }
        return new ValueTag(ExpressionParser.Parse(text));
    }

    private static OpenTag Each(string rest)
    {
        if (rest.Length == 0) throw new ExpressionSyntaxException("#each needs a list, e.g. {{#each events}}", 0);
        var (expr, alias) = ExpressionParser.ParseEach(rest);
        return new OpenTag(BlockKind.Each, expr, alias);
    }

    private static Expr Require(string rest, string message) =>
        rest.Length == 0 ? throw new ExpressionSyntaxException(message, 0) : ExpressionParser.Parse(rest);

    private static (string Keyword, string Remainder) SplitKeyword(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end])) end++;
        return (trimmed[..end], trimmed[end..].Trim());
    }
}
