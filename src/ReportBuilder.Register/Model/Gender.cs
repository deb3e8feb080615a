namespace ReportBuilder.Register.Model;

/// <summary>Drives Russian agreement (был / была, активист / активистка).</summary>
public enum Gender
{
    Male,
    Female,
}
