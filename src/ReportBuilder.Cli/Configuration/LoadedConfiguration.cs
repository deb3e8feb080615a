namespace ReportBuilder.Cli.Configuration;

/// <summary>The bound options and the folder relative paths in them are resolved against.</summary>
/// <param name="BaseFolder">The folder of the appsettings.json that was read (or the current folder).</param>
public sealed record LoadedConfiguration(AppOptions Options, string BaseFolder, string? SettingsFile);
