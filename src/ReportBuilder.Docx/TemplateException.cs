using ReportBuilder.Problems;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx;

/// <summary>The template could not be filled; Problems lists every error (and the warnings found with them).</summary>
public sealed class TemplateException(IReadOnlyList<Problem> problems)
    : Exception($"The template has {problems.Count(p => p.Severity == Severity.Error)} error(s):\n" +
                string.Join("\n", problems.Where(p => p.Severity == Severity.Error)))
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
