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
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events",
            [
                EventsHeader,
                Event("E1", "P001", new DateTime(2021, 4, 7), publish: "Y"),
                Event("E2", "P001", new DateTime(2042, 4, 12), publish: "Y"),
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));

        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);

        var warning = Assert.Single(loaded.Problems.Items);
        Assert.Equal(("RB018", Severity.Warning, "Events", "C3"), (warning.Id, warning.Severity, warning.Sheet, warning.Cell));
        Assert.Contains("12.04.2042 is after today", warning.Message, StringComparison.Ordinal);
        Assert.Equal("2021-W14", BulletinBuilder.LatestPeriod(loaded.Register, "week")!.Label);
    }
}
