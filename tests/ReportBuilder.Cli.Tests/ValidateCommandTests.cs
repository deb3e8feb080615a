using ReportBuilder.Problems;
using System.Text.Json;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register.Problems;
using Spectre.Console;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_sample_register_validates_with_no_errors_from_the_repository_root()
    {
        var result = CliRunner.Run(RepoPaths.Root, "validate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No problems found.", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 persons, 7 events", result.Out, StringComparison.Ordinal);
        // Rows per sheet, so staff see that every row they typed was read.
        foreach (var (sheet, rows) in new[] { ("Persons", 4), ("Events", 7), ("Articles", 4), ("Context", 2), ("Rates", 3) })
            Assert.Contains($"sample-register.xlsx {sheet}: {rows} row(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_from_any_folder_with_the_settings_beside_the_executable()
    {
        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Json_output_lists_problems_with_the_documented_fields_and_exit_code_1()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X")])
            .Sheet("Events", [EventsHeader, Event("E1", "P002", "31.02.2021")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("bad.xlsx"));

        var result = CliRunner.Run(_temp.Path, "validate", "--register", "bad.xlsx", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var problems = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, problems.Count);
        foreach (var problem in problems)
        {
            Assert.Equal(["id", "code", "severity", "file", "sheet", "cell", "value", "location", "message", "hint", "arguments"], problem.EnumerateObject().Select(p => p.Name));
        }
        var date = problems.Single(p => p.GetProperty("id").GetString() == "RB007");
        // For a program: the arguments by name, so a script never parses the message.
        Assert.Equal(("Date", "31.02.2021"), (date.GetProperty("arguments").GetProperty("column").GetString(), date.GetProperty("arguments").GetProperty("value").GetString()));
        Assert.Equal("bad.xlsx Events!C2", date.GetProperty("location").GetString());
        Assert.Equal(("error", "bad.xlsx", "Events", "C2", "31.02.2021"),
            (date.GetProperty("severity").GetString(), date.GetProperty("file").GetString(), date.GetProperty("sheet").GetString(),
             date.GetProperty("cell").GetString(), date.GetProperty("value").GetString()));
    }

    [Fact]
    public void In_a_log_each_problem_is_one_line_naming_its_cell()
    {
        new WorkbookBuilder().Sheet("Persons", [PersonsHeader, Person("P001", gender: "X")]).Sheet("Events", [EventsHeader]).Save(_temp.File("r.xlsx"));

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "r.xlsx");   // standard output redirected, as in a log

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Out.Split('\n'), l => l.StartsWith("error ", StringComparison.Ordinal));
        Assert.StartsWith("error RB009 r.xlsx Persons!F2: ", line, StringComparison.Ordinal);
        Assert.Contains("found 'X'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("│", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_the_table_names_each_problems_cell()
    {
        var problems = new ProblemList();
        problems.Add(RegisterProblems.UnknownValue(new CellLocation("r.xlsx", "Persons", "F2"), "X", "Gender", ["M", "F"]));
        problems.Add(RegisterProblems.FutureDate(new CellLocation("r.xlsx", "Events", "C3"), new DateOnly(2042, 4, 12), new DateOnly(2026, 12, 3), "Date"));
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new TerminalOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        ProblemReport.Write(console, problems);

        var rows = output.ToString().Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Split('│', StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["Severity", "Id", "Where", "Problem"], rows[0][1..5]);
        Assert.Equal(["error", "RB009", "r.xlsx Persons!F2"], rows[1][1..4]);
        Assert.Equal(["warning", "RB018", "r.xlsx Events!C3"], rows.First(r => r[1] == "warning")[1..4]);
        Assert.Contains("1 error(s), 1 warning(s).", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A console output that says it is a terminal, as staff's console window is.</summary>
    private sealed class TerminalOutput(TextWriter writer) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;
        public bool IsTerminal => true;
        public int Width => 160;
        public int Height => 40;
        public void SetEncoding(System.Text.Encoding encoding) { }
    }

    [Fact]
    public void Usage_errors_exit_2_without_a_stack_trace()
    {
        var result = CliRunner.Run(_temp.Path, "validate", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_configuration_key_is_named()
    {
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Register": { "Pathz": [ "x.xlsx" ] } }""");

        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Pathz", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_in_the_settings_gives_line_and_column()
    {
        File.WriteAllText(_temp.File("appsettings.json"), "{\n  \"Register\": {\n    \"Paths\": [ \"a.xlsx\" \"b.xlsx\" ]\n  }\n}\n");

        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", result.Error, StringComparison.Ordinal); // the position is given once
    }

    [Fact]
    public void A_windows_path_pasted_into_the_settings_says_how_to_write_it()
    {
        File.WriteAllText(_temp.File("appsettings.json"), "{\n  \"Register\": {\n    \"Paths\": [ \"C:\\Users\\Dana\\register.xlsx\" ]\n  }\n}\n");

        var result = CliRunner.Run(_temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("Write each backslash twice", result.Error, StringComparison.Ordinal);
        Assert.Contains("C:/Users/Dana/register.xlsx", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("missing comma", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_variables_and_set_override_the_settings_file()
    {
        RegisterRows.Minimal().Save(_temp.File("env.xlsx"));
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Register": { "Paths": [ "missing.xlsx" ] } }""");

        var fromEnvironment = CliRunner.Run(_temp.Path, new Dictionary<string, string> { ["REPORTBUILDER__Register__Paths__0"] = "env.xlsx" }, "validate");
        var fromSet = CliRunner.Run(_temp.Path, "validate", "--set", "Register:Paths:0=env.xlsx");
        var fromFile = CliRunner.Run(_temp.Path, "validate");

        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
        Assert.True(fromSet.ExitCode == 0, fromSet.ToString());
        Assert.Equal(1, fromFile.ExitCode);
        Assert.Contains("missing.xlsx", fromFile.Out, StringComparison.Ordinal);
    }
}
