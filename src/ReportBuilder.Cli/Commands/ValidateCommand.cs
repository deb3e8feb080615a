using System.ComponentModel;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder validate</c>: reads the register and lists every problem in one pass.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-r|--register <PATH>")]
        [Description("Register workbook, folder or glob (repeatable). Default: Register:Paths from appsettings.json.")]
        public string[] Register { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print the problems as a JSON array (id, severity, file, sheet, cell, value, message).")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = AppConfiguration.Load(settings.Set);
        var result = RegisterSource.Load(config, settings.Register);
        if (settings.Json)
        {
            Console.Out.WriteLine(ProblemJson.Serialize(result.Problems.Items));
        }
        else
        {
            ProblemReport.Write(AnsiConsole.Console, result.Problems);
            AnsiConsole.MarkupLineInterpolated(
                $"Read {result.Register.Files.Count} workbook(s): {result.Register.Persons.Count} persons, {result.Register.Events.Count} events.");
        }
        return result.Problems.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}

/// <summary>Where the register comes from: --register paths (relative to the current folder) or the configuration.</summary>
internal static class RegisterSource
{
    public static RegisterLoadResult Load(LoadedConfiguration config, IReadOnlyList<string> commandLinePaths)
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
        return RegisterLoader.Load(paths, baseFolder, layout);
    }
}
