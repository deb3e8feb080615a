namespace ReportBuilder.Problems;

/// <summary>An error stops what was asked (no draft is written); a warning is shown and, in drafts, becomes a review comment.</summary>
public enum Severity
{
    Warning,
    Error,
}
