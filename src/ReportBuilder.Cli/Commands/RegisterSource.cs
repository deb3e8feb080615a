using ReportBuilder.Problems;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;

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
            throw UserErrors.BadRegisterKey(e.Key, e.Message);
        }
        var (paths, baseFolder) = commandLinePaths.Count > 0
            ? (commandLinePaths, Directory.GetCurrentDirectory())
            : (config.Options.Register.Paths, config.BaseFolder);
        if (paths.Count == 0) throw UserErrors.NoRegister();
        var loaded = RegisterLoader.Load(paths, baseFolder, layout, clock);
        return commandLinePaths.Count > 0 ? loaded : NameTheSetting(loaded, config.SettingsFile ?? "appsettings.json");
    }

    /// <summary>A path from the settings that finds nothing says where it was set, so staff know which file to correct.</summary>
    private static RegisterLoadResult NameTheSetting(RegisterLoadResult loaded, string settingsFile)
    {
        if (!loaded.Problems.Items.Any(p => p.Id == "RB001")) return loaded;
        var problems = new ProblemList();
        problems.AddRange(loaded.Problems.Items.Select(p => p.Id != "RB001" ? p
            : RegisterProblems.NoFilesFromSettings(p, settingsFile)));
        return loaded with { Problems = problems };
    }
}
