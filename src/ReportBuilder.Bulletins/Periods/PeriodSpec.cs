using ReportBuilder.Problems;
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
    /// <summary>Null for "latest" (it depends on the register); throws PeriodFormatException otherwise.</summary>
    public static Period? Parse(string text)
    {
        var s = text.Trim();
        if (s.Equals("latest", StringComparison.OrdinalIgnoreCase)) return null;
        if (s.Contains("..", StringComparison.Ordinal))
        {
            var parts = s.Split("..");
            if (parts.Length != 2) throw Bad(text);
            var first = DayOrExplain(parts[0], text, "Period.FirstDay");
            var last = DayOrExplain(parts[1], text, "Period.LastDay");
            if (first > last)
                throw Problem("Period.Backwards", ("text", text), ("swapped", $"{parts[1].Trim()}..{parts[0].Trim()}"));
            return new Period(PeriodKind.Range, first, last);
        }
        if (TryDay(s, out var day)) return Period.Day(day);
        if (DayPattern().IsMatch(s)) DayOrExplain(s, text, "Period.TheDay");
        var week = WeekPattern().Match(s);
        if (week.Success)
        {
            var year = int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture);
            if (number >= 1 && number <= ISOWeek.GetWeeksInYear(year))
                return Period.WeekOf(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
            throw Problem("Period.Week", ("text", text), ("year", year), ("weeks", ISOWeek.GetWeeksInYear(year)), ("number", number));
        }
        if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return Period.MonthOf(month);
        if (MonthPattern().Match(s) is { Success: true } m)
            throw Problem("Period.Month", ("text", text), ("month", m.Groups[1].Value));
        throw Bad(text);
    }

    /// <summary>The period of the given length (day, week, month) that holds the date.</summary>
    public static Period OfLength(string length, DateOnly date) => length.ToLowerInvariant() switch
    {
        "day" => Period.Day(date),
        "week" => Period.WeekOf(date),
        "month" => Period.MonthOf(date),
        _ => throw Problem("Period.Length", ("length", length)),
    };

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The day, or a message saying what is wrong with it (a month of 30 days, a month 13).</summary>
    private static DateOnly DayOrExplain(string part, string whole, string whichKey)
    {
        if (TryDay(part, out var day)) return day;
        var m = DayPattern().Match(part.Trim());
        var which = new LocalText(whichKey);
        if (!m.Success) throw Problem("Period.NotDate", ("text", whole), ("which", which), ("part", part.Trim()));
        var (year, month, dayOfMonth) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        if (month is < 1 or > 12) throw Problem("Period.MonthOfDay", ("text", whole), ("which", which), ("month", month));
        throw Problem("Period.DayOfMonth", ("text", whole), ("which", which), ("day", dayOfMonth),
            ("monthName", new LocalText($"Month.{month}")),
            ("year", year), ("days", DateTime.DaysInMonth(year, month)));
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^\d{4}-(\d{2})$")]
    private static partial Regex MonthPattern();

    private static PeriodFormatException Bad(string text) => Problem("Period.Bad", ("text", text), ("accepted", new LocalText("Period.Forms")));

    private static PeriodFormatException Problem(string key, params ProblemArgument[] arguments) => new(new LocalText(key, arguments));

    [GeneratedRegex(@"^(\d{4})-W(\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekPattern();
}
