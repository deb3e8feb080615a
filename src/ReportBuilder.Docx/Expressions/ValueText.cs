using System.Globalization;

namespace ReportBuilder.Docx.Expressions;

/// <summary>How a value prints when a tag inserts it without a formatting filter.</summary>
public static class ValueText
{
    public static string Format(object? value, CultureInfo culture) => value switch
    {
        null or Missing => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("d", culture),
        DateTime d => d.ToString("d", culture),
        IFormattable f => f.ToString(null, culture),
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(v => Format(v, culture))),
        _ => value.ToString() ?? "",
    };
}
