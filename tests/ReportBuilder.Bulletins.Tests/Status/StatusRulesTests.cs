using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Tests.Status;

/// <summary>
/// A person's status from event histories, each asked on several dates: the kind, since and
/// until when, and the days in custody; and "unsure" with the row at fault where the register
/// does not say enough.
/// </summary>
public sealed class StatusRulesTests
{
    private static readonly Person Someone = new()
    {
        Id = "P1", SurnameEn = "DOE", GivenNameEn = "John", SurnameRu = "Доу", GivenNameRu = "Джон", Gender = Gender.Male,
        Source = new SourceRow("register.xlsx", "Persons", 2, new Dictionary<string, int>()),
    };

    private static int _row = 1;

    private static CourtEvent Event(string date, EventType type, Punishment? punishment = null, int? term = null,
        int? activityBan = null, int? socialBan = null, Dictionary<string, string>? extra = null) => new()
    {
        Id = $"E{++_row}", PersonId = "P1", Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Type = type,
        Punishment = punishment, TermMonths = term, ActivityBanYears = activityBan, SocialMediaBanYears = socialBan,
        Extra = extra ?? [], Row = new SourceRow("register.xlsx", "Events", _row, new Dictionary<string, int>()),
    };

    /// <summary>The histories, by name.</summary>
    private static readonly Dictionary<string, CourtEvent[]> Histories = new()
    {
        ["detention, verdict, appeal reduced"] =
        [
            Event("2020-01-10", EventType.Detention),
            Event("2020-06-01", EventType.Verdict, Punishment.DeprivationOfLiberty, 36),
            Event("2020-09-01", EventType.Appeal, Punishment.DeprivationOfLiberty, 24),
        ],
        ["verdict, appeal upheld, cassation imprisons"] =
        [
            Event("2021-01-15", EventType.Verdict, Punishment.RestrictionOfLiberty, 24),
            Event("2021-03-01", EventType.Appeal),
            Event("2021-06-01", EventType.Cassation, Punishment.DeprivationOfLiberty, 12),
        ],
        ["restriction with a ban that outlives it"] =
        [
            Event("2021-04-07", EventType.Verdict, Punishment.RestrictionOfLiberty, 12, activityBan: 3),
        ],
        ["acquittal on appeal"] =
        [
            Event("2021-01-01", EventType.Detention),
            Event("2021-03-01", EventType.Verdict, Punishment.DeprivationOfLiberty, 60),
            Event("2021-05-01", EventType.Appeal, Punishment.Acquittal),
        ],
        ["release before term, ban from release"] =
        [
            Event("2020-01-01", EventType.Verdict, Punishment.DeprivationOfLiberty, 48, socialBan: 2),
            Event("2021-01-01", EventType.Release),
        ],
        ["house arrest, then a suspended sentence"] =
        [
            Event("2022-02-01", EventType.PretrialRestriction, extra: new() { ["Measure"] = "домашний арест" }),
            Event("2022-05-01", EventType.Verdict, Punishment.Suspended, 24),
        ],
        ["custody not counted"] =
        [
            Event("2022-01-01", EventType.Detention),
            Event("2022-03-01", EventType.Verdict, Punishment.DeprivationOfLiberty, 12, extra: new() { ["CustodyCounted"] = "N" }),
        ],
        ["a search only"] =
        [
            Event("2022-01-01", EventType.Search),
        ],
    };

    public static TheoryData<string, string, StatusKind, string?, string?, int> Cases => new()
    {
        { "detention, verdict, appeal reduced", "2020-03-01", StatusKind.PretrialDetention, "2020-01-10", null, 51 },
        { "detention, verdict, appeal reduced", "2020-07-01", StatusKind.Imprisoned, "2020-01-10", "2023-01-10", 173 },
        { "detention, verdict, appeal reduced", "2020-10-01", StatusKind.Imprisoned, "2020-01-10", "2022-01-10", 265 },
        { "detention, verdict, appeal reduced", "2022-02-01", StatusKind.Released, "2022-01-10", null, 731 },
        { "verdict, appeal upheld, cassation imprisons", "2021-04-01", StatusKind.RestrictionOfLiberty, "2021-01-15", "2023-01-15", 0 },
        { "verdict, appeal upheld, cassation imprisons", "2021-07-01", StatusKind.Imprisoned, "2021-06-01", "2022-06-01", 30 },
        { "restriction with a ban that outlives it", "2021-05-01", StatusKind.RestrictionOfLiberty, "2021-04-07", "2022-04-07", 0 },
        { "restriction with a ban that outlives it", "2022-05-01", StatusKind.BanOnly, "2021-04-07", "2024-04-07", 0 },
        { "restriction with a ban that outlives it", "2024-05-01", StatusKind.Released, "2024-04-07", null, 0 },
        { "acquittal on appeal", "2021-04-01", StatusKind.Imprisoned, "2021-01-01", "2026-01-01", 90 },
        { "acquittal on appeal", "2021-06-01", StatusKind.Acquitted, "2021-05-01", null, 120 },
        { "release before term, ban from release", "2020-06-01", StatusKind.Imprisoned, "2020-01-01", "2024-01-01", 152 },
        { "release before term, ban from release", "2021-06-01", StatusKind.BanOnly, "2021-01-01", "2023-01-01", 366 },
        { "house arrest, then a suspended sentence", "2022-03-01", StatusKind.HouseArrest, "2022-02-01", null, 0 },
        { "house arrest, then a suspended sentence", "2022-06-01", StatusKind.Released, "2022-05-01", null, 0 },
        { "custody not counted", "2022-04-01", StatusKind.Imprisoned, "2022-03-01", "2023-03-01", 90 },
        { "a search only", "2022-02-01", StatusKind.Unknown, null, null, 0 },
        { "a search only", "2021-12-01", StatusKind.Unknown, null, null, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Status_on_a_date(string history, string asOf, StatusKind kind, string? since, string? until, int daysInCustody)
    {
        var status = StatusRules.On(Someone, Histories[history], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(kind, status.Kind);
        Assert.Equal(since, status.Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(until, status.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(daysInCustody, status.DaysInCustody);
        Assert.Empty(status.Doubts);
    }

    [Fact]
    public void The_sentence_in_force_is_the_verdict_as_changed_on_appeal()
    {
        var events = Histories["detention, verdict, appeal reduced"];

        var sentence = StatusRules.On(Someone, events, new DateOnly(2020, 10, 1)).Sentence!;

        Assert.Equal((Punishment.DeprivationOfLiberty, 24), (sentence.Punishment, sentence.TermMonths));
        Assert.Same(events[1], sentence.Verdict);
        Assert.Same(events[2], sentence.LastRuling);
    }

    public static TheoryData<string, DoubtKind> Doubtful => new()
    {
        { "appeal", DoubtKind.RulingWithoutVerdict },
        { "verdict without term", DoubtKind.SentenceWithoutTerm },
        { "verdict without punishment", DoubtKind.VerdictWithoutPunishment },
        { "measure not said", DoubtKind.MeasureNotSaid },
    };

    [Theory]
    [MemberData(nameof(Doubtful))]
    public void Where_the_register_does_not_say_enough_the_status_is_unsure_and_names_the_row(string what, DoubtKind doubt)
    {
        var e = what switch
        {
            "appeal" => Event("2021-02-01", EventType.Appeal, Punishment.DeprivationOfLiberty, 12),
            "verdict without term" => Event("2021-02-01", EventType.Verdict, Punishment.DeprivationOfLiberty),
            "verdict without punishment" => Event("2021-02-01", EventType.Verdict),
            _ => Event("2021-02-01", EventType.PretrialRestriction),
        };

        var status = StatusRules.On(Someone, [Event("2021-01-01", EventType.Search), e], new DateOnly(2021, 3, 1));

        Assert.Equal(StatusKind.Unsure, status.Kind);
        var raised = Assert.Single(status.Doubts);
        Assert.Equal((doubt, e.Row.Row), (raised.Kind, raised.Event.Row.Row));
        Assert.True(status.Listed);
    }
}
