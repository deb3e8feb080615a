using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>"Punishments imposed" counts what the period's verdicts imposed: an appeal or cassation ruling imposes nothing new.</summary>
public sealed class PunishmentSummaryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Appeal_and_cassation_rulings_are_events_but_not_punishments_imposed()
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001"), Person("P002")])
            .Sheet("Events",
            [
                EventsHeader,
                Event("E1", "P001", new DateTime(2021, 4, 5), "verdict", punishment: "deprivation-of-liberty", termMonths: 36),
                Event("E2", "P002", new DateTime(2021, 4, 6), "appeal", punishment: "deprivation-of-liberty", termMonths: 24),
                Event("E3", "P002", new DateTime(2021, 4, 7), "cassation", punishment: "deprivation-of-liberty", termMonths: 24),
                Event("E4", "P001", new DateTime(2021, 4, 8), "verdict", punishment: "fine"),
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));
        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default, TestClock.At(2021, 5, 1));

        var bulletin = BulletinBuilder.Build(loaded.Register, PeriodSpec.Parse("2021-W14")!);

        Assert.Equal(4, bulletin.Items.Count);
        Assert.Equal([(Punishment.DeprivationOfLiberty, 1), (Punishment.Fine, 1)], bulletin.CountsByPunishment);
        Assert.Contains((EventType.Appeal, 1), bulletin.CountsByType);
    }
}
