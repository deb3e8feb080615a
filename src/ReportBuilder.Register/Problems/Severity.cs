namespace ReportBuilder.Register.Problems;

/// <summary>An error stops generation; a warning becomes a review comment in the drafts.</summary>
public enum Severity
{
    Warning,
    Error,
}
