using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx;

/// <summary>The template could not be filled; Problems lists every error (and the warnings found with them).</summary>
public sealed class TemplateException(IReadOnlyList<TemplateProblem> problems)
    : Exception($"The template has {problems.Count(p => p.Severity == ProblemSeverity.Error)} error(s):\n" +
                string.Join("\n", problems.Where(p => p.Severity == ProblemSeverity.Error)))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
