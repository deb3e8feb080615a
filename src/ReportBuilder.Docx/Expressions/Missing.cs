namespace ReportBuilder.Docx.Expressions;

/// <summary>The value of a path that leads nowhere; rendered as a visible marker, never as a silent blank.</summary>
public sealed class Missing
{
    public static readonly Missing Value = new();

    private Missing() { }

    public override string ToString() => "";
}
