namespace ReportBuilder.Bulletins.Periods;

public enum PeriodKind
{
    Day,
    Week,
    Month,
    Range,
}
