namespace ReportBuilder.Docx.Expressions;

public enum ExprTokenKind
{
    Identifier,
    String,
    Number,
    Operator,
    Dot,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Pipe,
    End,
}

/// <summary>A token of a tag's expression; Text holds the identifier, the unquoted string or the operator.</summary>
public readonly record struct ExprToken(ExprTokenKind Kind, string Text, int Position);
