using System.Globalization;

namespace ReportBuilder.Bulletins.Periods;

/// <summary>The days a bulletin covers, both ends included, and how it is named in file names.</summary>
public sealed record Period(PeriodKind Kind, DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>2021-04-07, 2021-W14, 2021-04 or 2021-04-01_2021-04-07: safe in file names.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Day => Iso(First),
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(First.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(First.ToDateTime(TimeOnly.MinValue)):00}"),
        PeriodKind.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => $"{Iso(First)}_{Iso(Last)}",
    };

    public static Period Day(DateOnly day) => new(PeriodKind.Day, day, day);

    public static Period WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new Period(PeriodKind.Week, monday, monday.AddDays(6));
    }

    public static Period MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new Period(PeriodKind.Month, first, first.AddMonths(1).AddDays(-1));
    }

    public override string ToString() => First == Last ? Iso(First) : $"{Iso(First)}..{Iso(Last)}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
