using System.Globalization;

namespace ReportBuilder.Register.Parsing;

/// <summary>
/// Dates typed as text: dd.mm.yyyy, yyyy-mm-dd and d MMMM yyyy with English or Russian
/// month names (7 April 2021, 7 апреля 2021 года). Anything else is rejected, never guessed.
/// </summary>
public static class DateText
{
    private static readonly string[] NumericFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d"];

    private static readonly Dictionary<string, int> MonthNames = BuildMonthNames();

    public static bool TryParse(string text, out DateOnly date)
    {
        var s = text.Trim();
        if (DateOnly.TryParseExact(s, NumericFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        // "yyyy-mm-ddT00:00:00" as some tools export.
        if (s.Length > 10 && s[10] == 'T' && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        return TryParseWords(s, out date);
    }

    private static bool TryParseWords(string s, out DateOnly date)
    {
        date = default;
        var words = s.Replace(",", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Drop a Russian "г." / "года" after the year.
        if (words.Length == 4 && words[3].ToLowerInvariant() is "г." or "г" or "года" or "год") words = words[..3];
        if (words.Length != 3) return false;
        if (!int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return false;
        if (!MonthNames.TryGetValue(words[1].ToLowerInvariant(), out var month)) return false;
        if (!int.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonthNames()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var en = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat;
        var ru = CultureInfo.GetCultureInfo("ru-RU").DateTimeFormat;
        for (var m = 1; m <= 12; m++)
        {
            names[en.GetMonthName(m).ToLowerInvariant()] = m;
            names[en.GetAbbreviatedMonthName(m).ToLowerInvariant().TrimEnd('.')] = m;
            names[ru.MonthNames[m - 1].ToLowerInvariant()] = m;
            names[ru.MonthGenitiveNames[m - 1].ToLowerInvariant()] = m;
        }
        return names;
    }
}
