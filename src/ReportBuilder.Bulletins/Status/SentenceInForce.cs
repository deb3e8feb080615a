using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Status;

/// <summary>
/// The sentence as it stands after the verdict and every appeal or cassation up to a date:
/// the punishment and term in force, when it started and when it is expected to end (null for
/// a punishment without a term), the verdict and the last ruling that shaped it.
/// </summary>
public sealed record SentenceInForce(Punishment Punishment, int? TermMonths, DateOnly Start, DateOnly? End, CourtEvent Verdict, CourtEvent LastRuling)
{
    /// <summary>Whether the punishment keeps the person in custody (deprivation of liberty).</summary>
    public bool Custodial => Punishment == Punishment.DeprivationOfLiberty;
}
