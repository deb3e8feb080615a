using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>Options every command accepts.</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override a configuration key, e.g. --set Bulletin:OutputFolder=drafts. Repeatable.")]
    public string[] Set { get; init; } = [];

    /// <summary>Read before parsing (by Ui.Choose), so that parse errors speak it too; declared here so the parser accepts it and --help lists it.</summary>
    [CommandOption("--ui-language <LANG>")]
    [Description("The language of messages: en or ru. Default: Ui:Language, else the system's display language.")]
    public string? UiLanguage { get; init; }
}
