using ReportBuilder.Problems;
using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>Problems, errors first, in the run's language: a table on a terminal, one line each in a log or a pipe.</summary>
public static class ProblemReport
{
    /// <summary>The register's problems, with the count of each severity (or a word that there are none).</summary>
    public static void Write(IAnsiConsole console, ProblemList problems)
    {
        if (problems.Items.Count == 0)
        {
            console.MarkupLine($"[green]{Markup.Escape(Ui.Say("Cli.NoProblems"))}[/]");
            return;
        }
        WriteList(console, problems.Items);
        console.Profile.Out.Writer.WriteLine(Ui.Say("Cli.ProblemCounts", ("errors", problems.ErrorCount), ("warnings", problems.WarningCount)));
    }

    /// <summary>Any problems (a template's too): where each is and what to do.</summary>
    public static void WriteList(IAnsiConsole console, IEnumerable<Problem> problems)
    {
        var language = Ui.Language;
        var ordered = problems.OrderByDescending(p => p.Severity).ToList();
        if (!console.Profile.Out.IsTerminal)
        {
            // In a log or a pipe a table wraps messages across columns; one line per problem reads and greps better.
            var writer = console.Profile.Out.Writer;
            foreach (var p in ordered)
                writer.WriteLine($"{ProblemTexts.SeverityWord(p.Severity, language)} {p.Id} {p.Where(language)}: {p.Text(language)}");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(Ui.Say("Cli.Column.Severity")).AddColumn("Id").AddColumn(Ui.Say("Cli.Column.Where")).AddColumn(Ui.Say("Cli.Column.Problem"));
        foreach (var p in ordered)
        {
            var word = Markup.Escape(ProblemTexts.SeverityWord(p.Severity, language));
            table.AddRow(new Markup(p.Severity == Severity.Error ? $"[red]{word}[/]" : $"[yellow]{word}[/]"), new Text(p.Id), new Text(p.Where(language)), new Text(p.Text(language)));
        }
        console.Write(table);
    }
}
