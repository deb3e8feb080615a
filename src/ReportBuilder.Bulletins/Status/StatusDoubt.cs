using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Status;

/// <summary>Why the register's events do not tell a status for sure.</summary>
public enum DoubtKind
{
    /// <summary>An appeal or cassation with no verdict before it.</summary>
    RulingWithoutVerdict,
    /// <summary>A verdict of deprivation or restriction of liberty without TermMonths.</summary>
    SentenceWithoutTerm,
    /// <summary>A verdict without a Punishment.</summary>
    VerdictWithoutPunishment,
    /// <summary>A pre-trial restriction whose Measure column does not say custody or house arrest.</summary>
    MeasureNotSaid,
}

/// <summary>One doubt, at the row that raised it: a review note in the report, never a guess printed as fact.</summary>
public sealed record StatusDoubt(DoubtKind Kind, CourtEvent Event);
