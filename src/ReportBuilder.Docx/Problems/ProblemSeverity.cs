namespace ReportBuilder.Docx.Problems;

public enum ProblemSeverity
{
    Warning,
    Error,
}
