namespace ReportBuilder.Bulletins.Reports;

/// <summary>What a run publishes from the register: the bulletin of a period, the list of political prisoners as of a date, or one person's case file.</summary>
public enum ReportKind
{
    Bulletin,
    Prisoners,
    Person,
}
