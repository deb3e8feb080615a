namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// What a front end asks for: the period (a spec as on the command line), the languages, and
/// for each language the template to fill (the shipped default when none is given).
/// </summary>
public sealed record BulletinRequest : DraftRequest
{
    /// <summary>2021-04-07, 2021-W14, 2021-04, 2021-04-01..2021-04-07 or latest.</summary>
    public string Period { get; init; } = "latest";

    /// <summary>What "latest" means: week, month or day.</summary>
    public string PeriodLength { get; init; } = "week";
}
