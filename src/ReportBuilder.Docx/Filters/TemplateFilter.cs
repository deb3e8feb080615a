namespace ReportBuilder.Docx.Filters;

/// <summary>A named transformation usable in tags: <c>{{ value | name arg1 arg2 }}</c>.</summary>
public delegate object? TemplateFilter(object? input, IReadOnlyList<object?> arguments, FilterContext context);
