namespace ReportBuilder.Register.Model;

/// <summary>The kinds of procedural event the register knows; written in kebab case in the sheet.</summary>
public enum EventType
{
    Detention,
    Search,
    Charge,
    PretrialRestriction,
    Hearing,
    Verdict,
    Appeal,
    Cassation,
    Release,
    Fine,
    AdministrativeArrest,
    Other,
}
