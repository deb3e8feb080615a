using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBuilder.Bulletins.Periods;

/// <summary>
/// Parses --period: 2021-04-07 (a day), 2021-W14 (an ISO week), 2021-04 (a month),
/// 2021-04-01..2021-04-07 (a range) or latest (the most recent period of the configured
/// length that has published events).
/// </summary>
public static partial class PeriodSpec
{
    public const string AcceptedForms = "2021-04-07 (a day), 2021-W14 (an ISO week), 2021-04 (a month), 2021-04-01..2021-04-07 (a range) or latest";

    /// <summary>Null for "latest" (it depends on the register); throws FormatException otherwise.</summary>
    public static Period? Parse(string text)
    {
        var s = text.Trim();
        if (s.Equals("latest", StringComparison.OrdinalIgnoreCase)) return null;
        if (s.Contains("..", StringComparison.Ordinal))
        {
            var parts = s.Split("..");
            if (parts.Length == 2 && TryDay(parts[0], out var first) && TryDay(parts[1], out var last) && first <= last)
                return new Period(PeriodKind.Range, first, last);
            throw Bad(text);
        }
        if (TryDay(s, out var day)) return Period.Day(day);
        var week = WeekPattern().Match(s);
        if (week.Success)
        {
            var year = int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture);
            if (number >= 1 && number <= ISOWeek.GetWeeksInYear(year))
                return Period.WeekOf(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
            throw Bad(text);
        }
        if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return Period.MonthOf(month);
        throw Bad(text);
    }

    /// <summary>The period of the given length (day, week, month) that holds the date.</summary>
    public static Period OfLength(string length, DateOnly date) => length.ToLowerInvariant() switch
    {
        "day" => Period.Day(date),
        "week" => Period.WeekOf(date),
        "month" => Period.MonthOf(date),
        _ => throw new FormatException($"'{length}' is not a period length; expected day, week or month."),
    };

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static FormatException Bad(string text) => new($"'{text}' is not a period. Accepted: {AcceptedForms}.");

    [GeneratedRegex(@"^(\d{4})-W(\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekPattern();
}
