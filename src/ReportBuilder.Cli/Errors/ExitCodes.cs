namespace ReportBuilder.Cli.Errors;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The register, a template or another input has errors.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line or the configuration is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug: something the program did not expect.</summary>
    public const int Internal = 70;
}
