using ReportBuilder.Bulletins.Options;
using ReportBuilder.Register.Layout;

namespace ReportBuilder.Cli.Configuration;

/// <summary>Everything appsettings.json can say, bound and checked at start-up.</summary>
public sealed class AppOptions
{
    public RegisterOptions Register { get; set; } = new();

    public BulletinOptions Bulletin { get; set; } = new();
}
