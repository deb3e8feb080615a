namespace ReportBuilder.Docx.Filters;

/// <summary>A filter was given arguments it cannot use; reported with the tag's location.</summary>
public sealed class FilterException(string message) : Exception(message);
