using System.Collections;
using System.Globalization;

namespace ReportBuilder.Docx.Expressions;

/// <summary>Truthiness and comparison of template values.</summary>
public static class Truth
{
    /// <summary>Missing, null, false, "", 0 and empty lists are false; everything else is true.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        null or Missing => false,
        bool b => b,
        string s => s.Length > 0,
        decimal d => d != 0,
        double d => d != 0,
        int i => i != 0,
        long l => l != 0,
        ICollection c => c.Count > 0,
        _ => true,
    };

    public static bool AreEqual(object? left, object? right)
    {
        if (left is Missing) left = null;
        if (right is Missing) right = null;
        if (left is null || right is null) return left is null && right is null;
        if (AsNumber(left) is { } a && AsNumber(right) is { } b) return a == b;
        if (left is bool lb && right is bool rb) return lb == rb;
        return string.Equals(ToText(left), ToText(right), StringComparison.Ordinal);
    }

    /// <summary>Numbers numerically, anything else as text (ordinal); missing values sort first.</summary>
    public static int Compare(object? left, object? right)
    {
        if (AsNumber(left) is { } a && AsNumber(right) is { } b) return a.CompareTo(b);
        return string.CompareOrdinal(ToText(left), ToText(right));
    }

    public static decimal? AsNumber(object? value) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double d when !double.IsNaN(d) && Math.Abs(d) < 7.9e27 => (decimal)d,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string ToText(object? value) => value switch
    {
        null or Missing => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
