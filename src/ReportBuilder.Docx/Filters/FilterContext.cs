using System.Globalization;

namespace ReportBuilder.Docx.Filters;

/// <summary>What a filter may know besides its input: the output culture.</summary>
public sealed record FilterContext(CultureInfo Culture);
