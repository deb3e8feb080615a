using Microsoft.Extensions.Time.Testing;

namespace ReportBuilder.TestSupport;

/// <summary>Clocks set by the test (UTC): no test reads the wall clock.</summary>
public static class TestClock
{
    public static FakeTimeProvider At(int year, int month, int day, int hour = 12) => At(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc));

    public static FakeTimeProvider At(DateTime utc) => new(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
