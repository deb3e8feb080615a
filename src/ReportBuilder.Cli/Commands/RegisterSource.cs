using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;

namespace ReportBuilder.Cli.Commands;

/// <summary>Where the register comes from: --register paths (relative to the current folder) or the configuration.</summary>
internal static class RegisterSource
{
    public static RegisterLoadResult Load(LoadedConfiguration config, IReadOnlyList<string> commandLinePaths, TimeProvider clock)
    {
        RegisterLayout layout;
        try
        {
            layout = RegisterLayout.From(config.Options.Register);
        }
        catch (RegisterConfigurationException e)
        {
            throw new UserException($"Configuration key {e.Key}: {e.Message}", "Fix the key in appsettings.json.", ExitCodes.Usage);
        }
        var (paths, baseFolder) = commandLinePaths.Count > 0
            ? (commandLinePaths, Directory.GetCurrentDirectory())
            : (config.Options.Register.Paths, config.BaseFolder);
        if (paths.Count == 0) throw UserErrors.NoRegister();
        return RegisterLoader.Load(paths, baseFolder, layout, clock);
    }
}
