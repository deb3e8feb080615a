using ReportBuilder.Problems;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx;

/// <summary>A filled template's warnings (missing values and the like), each with its location.</summary>
public sealed record RenderResult(IReadOnlyList<Problem> Warnings);
