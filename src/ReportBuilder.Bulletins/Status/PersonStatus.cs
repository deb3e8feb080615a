using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Status;

/// <summary>
/// A person's status on a date, computed from the register's events up to it: the kind, the
/// sentence in force, since and until when, the days spent in custody, the bans running, and
/// the doubts that made it <see cref="StatusKind.Unsure"/>.
/// </summary>
public sealed record PersonStatus(
    Person Person,
    DateOnly AsOf,
    StatusKind Kind,
    SentenceInForce? Sentence,
    DateOnly? Since,
    DateOnly? Until,
    int DaysInCustody,
    IReadOnlyList<RunningBan> Bans,
    IReadOnlyList<StatusDoubt> Doubts)
{
    /// <summary>Whether the person belongs on the list of political prisoners: held, restricted or serving a ban, or unsure (to be checked, never dropped).</summary>
    public bool Listed => Kind is StatusKind.PretrialDetention or StatusKind.HouseArrest or StatusKind.Imprisoned
        or StatusKind.RestrictionOfLiberty or StatusKind.BanOnly or StatusKind.Unsure;
}
