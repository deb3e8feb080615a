using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Status;

/// <summary>
/// What a pre-trial restriction imposed, from the optional Events column <c>Measure</c>, in
/// English or Russian as staff type it: custody, house arrest, or a measure that leaves the
/// person free (a travel ban, a written undertaking). Blank: not said.
/// </summary>
public static class PretrialMeasure
{
    public enum Kind { Custody, HouseArrest, Free }

    public const string Column = "Measure";

    private static readonly (string Word, Kind Kind)[] Words =
    [
        ("house", Kind.HouseArrest), ("домашн", Kind.HouseArrest),
        ("custody", Kind.Custody), ("detention", Kind.Custody), ("arrest", Kind.Custody), ("страж", Kind.Custody), ("арест", Kind.Custody),
    ];

    /// <summary>Null when the column is blank.</summary>
    public static Kind? Of(CourtEvent e)
    {
        if (!e.Extra.TryGetValue(Column, out var text) || string.IsNullOrWhiteSpace(text)) return null;
        var lower = text.Trim().ToLowerInvariant();
        foreach (var (word, kind) in Words)
        {
            if (lower.Contains(word, StringComparison.Ordinal)) return kind;
        }
        return Kind.Free;
    }
}
