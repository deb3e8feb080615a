using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>Options every command accepts.</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override a configuration key, e.g. --set Bulletin:OutputFolder=drafts. Repeatable.")]
    public string[] Set { get; init; } = [];
}
