using ReportBuilder.Bulletins.Options;
using ReportBuilder.Register.Layout;

namespace ReportBuilder.Cli.Configuration;

/// <summary>Everything appsettings.json can say, bound and checked at start-up.</summary>
public sealed class AppOptions
{
    public RegisterOptions Register { get; set; } = new();

    public BulletinOptions Bulletin { get; set; } = new();

    public UiOptions Ui { get; set; } = new();
}

/// <summary>How the tool speaks to its reader (not the drafts' languages).</summary>
public sealed class UiOptions
{
    /// <summary>en or ru; empty: the system's display language.</summary>
    public string Language { get; set; } = "";
}
