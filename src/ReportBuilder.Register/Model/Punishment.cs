namespace ReportBuilder.Register.Model;

/// <summary>The punishment an event imposes (or keeps, for an appeal).</summary>
public enum Punishment
{
    RestrictionOfLiberty,
    DeprivationOfLiberty,
    Fine,
    Suspended,
    CommunityService,
    Acquittal,
    None,
}
