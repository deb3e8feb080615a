using ReportBuilder.Problems;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>A year typed wrong (12.04.2042 for 2024) is a warning at its cell and never takes over the one-click bulletin.</summary>
public sealed class FutureDateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_future_date_is_a_warning_and_latest_stays_in_the_past()
    {
        var clock = TestClock.At(2024, 4, 12);
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events",
            [
                EventsHeader,
                Event("E1", "P001", new DateTime(2024, 4, 8), publish: "Y"),
                Event("E2", "P001", new DateTime(2024, 4, 12), publish: "Y"),   // today: not in the future
                Event("E3", "P001", new DateTime(2042, 4, 12), publish: "Y"),   // 2042 typed for 2024
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));

        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default, clock);

        var warning = Assert.Single(loaded.Problems.Items);
        Assert.Equal(("RB018", Severity.Warning, "Events", "C4"), (warning.Id, warning.Severity, warning.Sheet, warning.Cell));
        Assert.Contains("12.04.2042 is after today", warning.Message, StringComparison.Ordinal);
        Assert.Equal("2024-W15", BulletinBuilder.LatestPeriod(loaded.Register, "week", FrozenClock.Today(clock))!.Label);
    }

    [Fact]
    public void Tomorrow_is_in_the_future_by_the_run_s_clock()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2024, 4, 13), publish: "Y")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));

        var before = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default, TestClock.At(2024, 4, 12, hour: 23));
        var after = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default, TestClock.At(2024, 4, 13, hour: 0));

        Assert.Equal("RB018", Assert.Single(before.Problems.Items).Id);
        Assert.Empty(after.Problems.Items);
    }
}
