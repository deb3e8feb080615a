using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>One group of the list: everyone with one status.</summary>
public sealed record StatusGroup(StatusKind Kind, IReadOnlyList<PersonStatus> People);

/// <summary>
/// The list of political prisoners as of a date: everyone held, restricted or serving a ban (and
/// anyone whose status is unsure, to be checked, never dropped), grouped by status; who was
/// added since an earlier date and who left the list since then, with their status now.
/// </summary>
public sealed record PrisonersList(DateOnly AsOf, DateOnly Since, IReadOnlyList<StatusGroup> Groups, IReadOnlyList<PersonStatus> Added, IReadOnlyList<PersonStatus> Left)
{
    /// <summary>The groups' order on the list.</summary>
    public static readonly StatusKind[] Order =
    [
        StatusKind.PretrialDetention, StatusKind.HouseArrest, StatusKind.Imprisoned, StatusKind.RestrictionOfLiberty, StatusKind.BanOnly, StatusKind.Unsure,
    ];

    public int Total => Groups.Sum(g => g.People.Count);

    /// <param name="since">The earlier date for "added" and "left"; default: the same day a month before.</param>
    /// <remarks>Only published events count (Publish = N is not yet confirmed), as in the bulletin.</remarks>
    public static PrisonersList Build(CaseRegister register, DateOnly asOf, DateOnly? since = null)
    {
        var earlier = since ?? asOf.AddMonths(-1);
        var published = Published(register);
        var now = StatusRules.All(register.Persons, published, asOf);
        var before = StatusRules.All(register.Persons, published, earlier).ToDictionary(s => s.Person.Id);
        var groups = Order.Select(kind => new StatusGroup(kind, [.. now.Where(s => s.Kind == kind)])).Where(g => g.People.Count > 0).ToList();
        return new PrisonersList(asOf, earlier, groups,
            [.. now.Where(s => s.Listed && !before[s.Person.Id].Listed)],
            [.. now.Where(s => !s.Listed && before[s.Person.Id].Listed)]);
    }

    public static IReadOnlyList<CourtEvent> Published(CaseRegister register) => [.. register.Events.Where(e => e.Publish)];
}
