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
