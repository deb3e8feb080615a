using ReportBuilder.Problems;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Parsing;

/// <summary>
/// Registers kept as one workbook per year repeat their reference rows (an article's title, a
/// rate, a person tried again). A row that appears in two workbooks with identical values is
/// one row; only rows that differ are a conflict, reported with both places and the columns
/// that differ. Duplicates inside one workbook are left to the id checks.
/// </summary>
internal static class SharedRows
{
    public static List<T> Merge<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(List<T> rows, Func<T, string> key, Func<T, SourceRow> source, string column, ProblemList problems)
    {
        var first = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            var id = key(row);
            if (string.IsNullOrEmpty(id) || !first.TryGetValue(id, out var earlier) || source(earlier).File == source(row).File)
            {
                if (!string.IsNullOrEmpty(id)) first.TryAdd(id, row);
                kept.Add(row);
                continue;
            }
            var differences = Differences(earlier!, row);
            if (differences.Count > 0)
                problems.Add(RegisterProblems.ConflictingRows(source(row).CellOf(column), id, column, source(earlier!).CellOf(column), differences));
            // Identical: the same row twice. Conflicting: reported above, the first one kept.
        }
        return kept;
    }

    /// <summary>The columns whose values differ, with both values.</summary>
    private static List<string> Differences<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T a, T b)
    {
        var differences = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(SourceRow)) continue;
            var (x, y) = (Text(property.GetValue(a)), Text(property.GetValue(b)));
            if (!string.Equals(x, y, StringComparison.Ordinal)) differences.Add($"{property.Name} '{x}' / '{y}'");
        }
        return differences;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IDictionary dictionary => string.Join("; ", dictionary.Keys.Cast<object>().Select(k => $"{k}={dictionary[k]}").Order(StringComparer.Ordinal)),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(Text)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
