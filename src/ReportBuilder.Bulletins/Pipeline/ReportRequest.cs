using ReportBuilder.Bulletins.Reports;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// What a front end asks for besides a bulletin: the list of political prisoners or a case
/// file, as of a date (default today), in some languages, each with its template (the shipped
/// default when none is given).
/// </summary>
public sealed record ReportRequest : DraftRequest
{
    public ReportKind Report { get; init; } = ReportKind.Prisoners;

    /// <summary>The date the report stands on (2023-05-31, 31.05.2023); null: today.</summary>
    public string? AsOf { get; init; }

    /// <summary>For the list: the earlier date of "added" and "left"; null: the same day a month before.</summary>
    public string? Since { get; init; }

    /// <summary>For a case file: the PersonId or the name.</summary>
    public string? Person { get; init; }

    /// <summary>"prisoners", "person", "bulletin" (any case) as the report; null when it is none of them.</summary>
    public static ReportKind? ParseReport(string text) =>
        Enum.TryParse<ReportKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !text.Trim().All(char.IsDigit) ? kind : null;
}
