using ReportBuilder.Docx.Problems;
using Spectre.Console;

namespace ReportBuilder.Cli.Output;

/// <summary>Template problems on the console: where (file, part, paragraph, tag) and what.</summary>
public static class TemplateProblemReport
{
    public static void Write(IAnsiConsole console, IEnumerable<TemplateProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count == 0) return;
        if (Console.IsOutputRedirected)
        {
            foreach (var p in list.OrderByDescending(p => p.Severity))
            {
                var where = p.Location is { } l ? $"{l.File} {l.Part} {l.InWord} {l.Tag}" : p.File;
                Console.Out.WriteLine($"{(p.Severity == ProblemSeverity.Error ? "error" : "warning")} {p.Id} {where}: {p.Message}");
            }
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Severity").AddColumn("Id").AddColumn("Where").AddColumn("Problem");
        foreach (var p in list.OrderByDescending(p => p.Severity))
        {
            var where = p.Location is { } l ? $"{l.File} {l.Part} {l.InWord}\n{l.Tag}" : p.File;
            table.AddRow(new Markup(p.Severity == ProblemSeverity.Error ? "[red]error[/]" : "[yellow]warning[/]"), new Text(p.Id), new Text(where), new Text(p.Message));
        }
        console.Write(table);
    }
}
