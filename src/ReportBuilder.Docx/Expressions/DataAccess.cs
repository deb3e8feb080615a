using System.Collections;

namespace ReportBuilder.Docx.Expressions;

/// <summary>
/// Reads template data: dictionaries (names matched exactly, then ignoring case), lists by
/// index, and a list's length. Only data is reachable: no .NET members are ever invoked.
/// </summary>
public static class DataAccess
{
    public static object? Member(object? value, string name) => TryMember(value, name, out var member) ? member : Missing.Value;

    public static bool TryMember(object? value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> dict:
                if (dict.TryGetValue(name, out member)) return true;
                foreach (var (key, item) in dict)
                {
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) { member = item; return true; }
                }
                break;
            case IList list when name is "length" or "count":
                member = (decimal)list.Count;
                return true;
        }
        member = Missing.Value;
        return false;
    }

    public static object? Index(object? value, int index) =>
        value is IList list && index >= 0 && index < list.Count ? list[index] : Missing.Value;

    /// <summary>A list for #each: lists as they are, a single value as a one-item list, nothing as empty.</summary>
    public static IReadOnlyList<object?> AsList(object? value) => value switch
    {
        null or Missing => [],
        string s => s.Length == 0 ? [] : [s],
        IReadOnlyDictionary<string, object?> dict => [dict],
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => [value],
    };
}
