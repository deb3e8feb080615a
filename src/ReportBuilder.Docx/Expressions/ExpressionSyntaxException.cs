namespace ReportBuilder.Docx.Expressions;

/// <summary>A tag whose expression cannot be parsed; Position is the offset within the tag's text.</summary>
public sealed class ExpressionSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
