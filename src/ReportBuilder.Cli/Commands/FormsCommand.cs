using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Writing.Marking;
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

    /// <summary>One line of the listing; the JSON keeps these names, for scripts.</summary>
    public sealed record Entry(string Kind, string Where, string Nominative, string Source, IReadOnlyDictionary<string, string> Forms);

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
        var entries = Entries(loaded.Register);
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

    public static List<Entry> Entries(CaseRegister register)
    {
        var entries = new List<Entry>();
        foreach (var person in register.Persons)
        {
            var where = person.Source.ToString();
            var names = RussianForms.Cases.ToDictionary(c => Key(c.Case.ToString()), c => RussianForms.Name(register, person, c.Suffix, c.Case));
            entries.Add(new Entry("person", where, $"{person.GivenNameRu} {person.SurnameRu.ToUpperInvariant()}", Worst(names.Values),
                names.ToDictionary(n => n.Key, n => n.Value.Text)));
            if (RussianForms.CityGenitive(register, person) is { } city)
                entries.Add(new Entry("place", where, person.CityRu!, Name(city.Source), new Dictionary<string, string> { ["genitive"] = city.Text }));
            if (RussianForms.DescriptionGenitive(register, person) is { } description)
                entries.Add(new Entry("description", where, person.DescriptionRu!, Name(description.Source), new Dictionary<string, string> { ["genitive"] = description.Text }));
        }
        foreach (var judged in register.Events.Where(e => (e.JudgeRu ?? e.JudgeEn) is not null).GroupBy(e => e.JudgeRu ?? e.JudgeEn!))
        {
            var first = judged.First();
            var (gender, source) = RussianForms.JudgeGender(register, first);
            var forms = new Dictionary<string, string> { ["gender"] = gender switch { Gender.Female => "female", Gender.Male => "male", _ => "male (assumed)" } };
            if (RussianPersonName.Parse(judged.Key) is { } name)
            {
                foreach (var (_, grammaticalCase) in RussianForms.Cases)
                    forms[Key(grammaticalCase.ToString())] = name.Decline(gender ?? Gender.Male, grammaticalCase).Text;
            }
            entries.Add(new Entry("judge", first.JudgeCell.ToString(), judged.Key, Name(source), forms));
        }
        return entries;
    }

    private static readonly Dictionary<string, string> FormsSheetKinds = new(StringComparer.Ordinal)
    {
        ["person"] = "name", ["place"] = "town", ["description"] = "description", ["judge"] = "judge",
    };

    private static readonly Dictionary<string, string> FormsSheetCases = new(StringComparer.Ordinal)
    {
        ["genitive"] = "Gen", ["dative"] = "Dat", ["accusative"] = "Acc", ["instrumental"] = "Ins", ["prepositional"] = "Prep",
    };

    /// <summary>The unsure forms of one workbook, as rows of the Forms sheet for staff to confirm (the checked copy's "Forms to confirm").</summary>
    public static IReadOnlyList<FormToConfirm> ToConfirm(CaseRegister register, string file) =>
        [.. Entries(register)
            .Where(e => e.Source == "unsure" && e.Where.StartsWith(file + " ", StringComparison.Ordinal))
            .Select(e => new FormToConfirm(FormsSheetKinds[e.Kind], e.Nominative, null,
                e.Forms.Where(f => FormsSheetCases.ContainsKey(f.Key)).ToDictionary(f => FormsSheetCases[f.Key], f => f.Value)))];

    private static string Worst(IEnumerable<Form> forms)
    {
        var sources = forms.Select(f => f.Source).ToList();
        return Name(sources.Contains(FormSource.Unsure) ? FormSource.Unsure : sources.Contains(FormSource.Rule) ? FormSource.Rule
            : sources.Contains(FormSource.Column) ? FormSource.Column : FormSource.Confirmed);
    }

    private static string Name(FormSource source) => source.ToString().ToLowerInvariant();

    private static string Key(string caseName) => caseName.ToLowerInvariant();
}
