using ReportBuilder.Register.Problems;
using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>Problems as a readable table on the console, errors first.</summary>
public static class ProblemReport
{
    public static void Write(IAnsiConsole console, ProblemList problems)
    {
        if (problems.Items.Count == 0)
        {
            console.MarkupLine("[green]No problems found.[/]");
            return;
        }
        if (Console.IsOutputRedirected)
        {
            // In a log or a pipe a table wraps messages across columns; one line per problem reads and greps better.
            foreach (var p in problems.Items.OrderByDescending(p => p.Severity))
                Console.Out.WriteLine($"{(p.Severity == Severity.Error ? "error" : "warning")} {p.Id} {p.Location}: {p.Message}");
            Console.Out.WriteLine($"{problems.ErrorCount} error(s), {problems.WarningCount} warning(s).");
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
