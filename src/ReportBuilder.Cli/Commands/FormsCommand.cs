using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// <c>reportbuilder forms</c>: every person, town, description and judge of the register
/// with the Russian forms the drafts will use and where each came from (rule, register
/// column, unsure), so staff check them once and override what is wrong.
/// </summary>
public sealed class FormsCommand : Command<FormsCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-r|--register <PATH>")]
        [Description("Register workbook, folder or glob (repeatable). Default: Register:Paths from appsettings.json.")]
        public string[] Register { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print the forms as a JSON array (kind, where, nominative, source, forms).")]
        public bool Json { get; init; }
    }


    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = AppConfiguration.Load(settings.Set);
        var loaded = ConsoleProgress.Run(Ui.Say("Cli.Reading"), () => RegisterSource.Load(config, settings.Register, FrozenClock.Now()));
        if (loaded.Problems.HasErrors)
        {
            ProblemReport.Write(AnsiConsole.Console, loaded.Problems);
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(Ui.Say("Cli.FormsNeedAWholeRegister"))}[/]");
            return ExitCodes.InputErrors;
        }
        var entries = RussianFormsList.Entries(loaded.Register);
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(entries, new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns(Ui.Say("Cli.Forms.Kind"), Ui.Say("Cli.Column.Where"), Ui.Say("Cli.Forms.Nominative"), Ui.Say("Cli.Forms.Source"), Ui.Say("Cli.Forms.Forms"));
        foreach (var e in entries)
        {
            table.AddRow(Markup.Escape(e.Kind), Markup.Escape(e.Where), Markup.Escape(e.Nominative),
                e.Source == "unsure" ? "[yellow]unsure[/]" : e.Source, Markup.Escape(string.Join("; ", e.Forms.Select(f => $"{f.Key}: {f.Value}"))));
        }
        AnsiConsole.Write(table);
        var unsure = entries.Count(e => e.Source == "unsure");
        Console.Out.WriteLine(Ui.Say(Audience.Launcher ? "Cli.FormsSummary.Launcher" : "Cli.FormsSummary", ("count", entries.Count), ("unsure", unsure)));
        return ExitCodes.Ok;
    }


}
