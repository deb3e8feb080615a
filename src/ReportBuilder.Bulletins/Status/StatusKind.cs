namespace ReportBuilder.Bulletins.Status;

/// <summary>Where a person stands on a date, as the register's events tell it.</summary>
public enum StatusKind
{
    /// <summary>Held in custody before a verdict (a detention, or a pre-trial restriction whose Measure is custody).</summary>
    PretrialDetention,
    /// <summary>Under house arrest before a verdict (a pre-trial restriction whose Measure is house arrest).</summary>
    HouseArrest,
    /// <summary>Serving a sentence of deprivation of liberty.</summary>
    Imprisoned,
    /// <summary>Serving a sentence of restriction of liberty.</summary>
    RestrictionOfLiberty,
    /// <summary>The main sentence over (or never custodial), a ban still running.</summary>
    BanOnly,
    /// <summary>Held or sentenced before, nothing running now (released, term served, a fine paid).</summary>
    Released,
    /// <summary>The last ruling acquitted the person.</summary>
    Acquitted,
    /// <summary>The register says nothing that holds or frees the person (a search, a charge).</summary>
    Unknown,
    /// <summary>The register does not say enough to tell (an appeal without a first verdict …): see the doubts.</summary>
    Unsure,
}
