namespace ReportBuilder.Register;

/// <summary>
/// A clock stopped at one instant: a run reads the wall clock once, when it starts, and every
/// step that asks for "today" (the register's "after today" check, "latest") gets the same
/// answer, even when the run crosses midnight.
/// </summary>
public sealed class FrozenClock(DateTimeOffset instant, TimeZoneInfo zone) : TimeProvider
{
    /// <summary>The one place the program reads the wall clock.</summary>
    public static FrozenClock Now() => new(System.GetUtcNow(), System.LocalTimeZone);

    public override DateTimeOffset GetUtcNow() => instant;

    public override TimeZoneInfo LocalTimeZone => zone;

    /// <summary>The local date of a clock: "today" for the register and the bulletin.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
