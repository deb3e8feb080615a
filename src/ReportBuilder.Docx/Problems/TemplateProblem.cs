namespace ReportBuilder.Docx.Problems;

/// <summary>A problem with a template or with filling it; Id is stable (T003), Code readable (syntax-error).</summary>
public sealed record TemplateProblem(string Id, string Code, ProblemSeverity Severity, TemplateLocation? Location, string File, string Message)
{
    public override string ToString() =>
        $"{(Severity == ProblemSeverity.Error ? "ERROR" : "WARNING")} {Id} {(Location?.ToString() ?? File)}: {Message}";
}
