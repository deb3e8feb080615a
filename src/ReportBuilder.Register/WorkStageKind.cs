namespace ReportBuilder.Register;

/// <summary>The stages a front end reports: a register's workbooks are read, then checked; then each draft is written.</summary>
public enum WorkStageKind
{
    Reading,
    Checking,
    Drafting,
}
