using ReportBuilder.Register.Problems;
using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>Problems, errors first: a table on a terminal, one line each in a log or a pipe.</summary>
public static class ProblemReport
{
    public static void Write(IAnsiConsole console, ProblemList problems)
    {
        if (problems.Items.Count == 0)
        {
            console.MarkupLine("[green]No problems found.[/]");
            return;
        }
        if (!console.Profile.Out.IsTerminal)
        {
            // In a log or a pipe a table wraps messages across columns; one line per problem reads and greps better.
            var writer = console.Profile.Out.Writer;
            foreach (var p in problems.Items.OrderByDescending(p => p.Severity))
                writer.WriteLine($"{(p.Severity == Severity.Error ? "error" : "warning")} {p.Id} {p.Location}: {p.Message}");
            writer.WriteLine($"{problems.ErrorCount} error(s), {problems.WarningCount} warning(s).");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Severity").AddColumn("Id").AddColumn("Where").AddColumn("Problem");
        foreach (var p in problems.Items.OrderByDescending(p => p.Severity))
        {
            var severity = p.Severity == Severity.Error ? "[red]error[/]" : "[yellow]warning[/]";
            table.AddRow(new Markup(severity), new Text(p.Id), new Text(p.Location), new Text(p.Message));
        }
        console.Write(table);
        console.MarkupLineInterpolated($"{problems.ErrorCount} error(s), {problems.WarningCount} warning(s).");
    }
}
