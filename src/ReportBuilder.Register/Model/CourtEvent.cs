namespace ReportBuilder.Register.Model;

/// <summary>A procedural event (detention, verdict, appeal …), one row of the Events sheet.</summary>
public sealed class CourtEvent
{
    public required string Id { get; init; }
    public required string PersonId { get; init; }
    public required DateOnly Date { get; init; }
    public required EventType Type { get; init; }
    public string? CourtEn { get; init; }
    public string? CourtRu { get; init; }
    public string? JudgeEn { get; init; }
    public string? JudgeRu { get; init; }
    public string? Article { get; init; }
    public string? Part { get; init; }
    public Punishment? Punishment { get; init; }
    public int? TermMonths { get; init; }
    public int? PreviousTermMonths { get; init; }
    public int? CommunityServiceHours { get; init; }
    public int? ActivityBanYears { get; init; }
    public int? SocialMediaBanYears { get; init; }
    public decimal? CourtFeesKzt { get; init; }
    public decimal? FundPaymentKzt { get; init; }
    public decimal? ExpertiseFeeKzt { get; init; }
    public decimal? FineKzt { get; init; }
    public string? DetailsEn { get; init; }
    public string? DetailsRu { get; init; }
    public bool Publish { get; init; } = true;
    public string? Source { get; init; }

    /// <summary>Columns the layout does not define, by header text, for templates.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public required SourceRow Row { get; init; }

    /// <summary>The cell of the judge's name as used (JudgeRu, else JudgeEn): where a note about the judge points.</summary>
    public Problems.CellLocation JudgeCell => Row.CellOf(JudgeRu is not null ? "JudgeRu" : "JudgeEn");
}
