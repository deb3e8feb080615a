using ClosedXML.Excel;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Writing;

/// <summary>
/// A copy of a register workbook with every problem marked where it is: the cell filled by
/// severity with a comment holding the message, and a Problems sheet listing all of them with
/// links to their cells. The original is only read. Text that Excel would take for a formula
/// (= + - @ at the start) is written as text.
/// </summary>
public static class AnnotatedCopyWriter
{
    private static readonly XLColor ErrorFill = XLColor.FromHtml("#FFC7CE");
    private static readonly XLColor WarningFill = XLColor.FromHtml("#FFEB9C");

    public static void Write(string original, string fileName, IReadOnlyList<Problem> problems, Stream output)
    {
        using var input = new FileStream(original, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var workbook = new XLWorkbook(input);
        var mine = problems.Where(p => p.File == fileName || problems.All(q => q.File == p.File)).ToList();
        foreach (var problem in mine.Where(p => p.Sheet is not null && p.Cell is not null))
        {
            if (!workbook.TryGetWorksheet(problem.Sheet, out var sheet)) continue;
            var cell = sheet.Cell(problem.Cell);
            var fill = problem.Severity == Severity.Error ? ErrorFill : WarningFill;
            if (problem.Severity == Severity.Error || !cell.Style.Fill.BackgroundColor.Equals(ErrorFill)) cell.Style.Fill.BackgroundColor = fill;
            var comment = cell.Comment; // ClosedXML 0.95 creates the comment on first use
            comment.Author = "ReportBuilder";
            comment.AddText($"{problem.Id}: {problem.Message}").AddNewLine();
        }

        AddProblemsSheet(workbook, original, mine, linked: true);
        workbook.SaveAs(output);
    }

    /// <summary>
    /// A workbook of its own that lists every problem with its cell: what Check register gives
    /// when the register cannot be re-saved with its marks (ClosedXML refuses some files that
    /// other tools write), so staff always get the list.
    /// </summary>
    public static void WriteList(string original, string fileName, IReadOnlyList<Problem> problems, Stream output)
    {
        using var workbook = new XLWorkbook();
        AddProblemsSheet(workbook, original, [.. problems.Where(p => p.File == fileName || problems.All(q => q.File == p.File))], linked: false);
        workbook.SaveAs(output);
    }

    /// <summary>The Problems sheet, first in the workbook, under the notice that corrections belong in the original.</summary>
    private static void AddProblemsSheet(XLWorkbook workbook, string original, List<Problem> problems, bool linked)
    {
        var list = workbook.AddWorksheet(UniqueName(workbook, "Problems"), 1);
        var notice = CheckedCopy.Notice(original);
        for (var i = 0; i < notice.Length; i++)
        {
            Text(list.Cell(i + 1, 1), notice[i]);
            list.Cell(i + 1, 1).Style.Font.Bold = true;
        }
        var top = notice.Length + 2;
        string[] header = ["Severity", "Id", "Where", "Value found", "Problem"];
        for (var c = 0; c < header.Length; c++) list.Cell(top, c + 1).SetValue(header[c]);
        list.Row(top).Style.Font.Bold = true;
        list.SheetView.FreezeRows(top);
        var row = top + 1;
        foreach (var problem in problems)
        {
            Text(list.Cell(row, 1), problem.Severity == Severity.Error ? "error" : "warning");
            Text(list.Cell(row, 2), problem.Id);
            var where = list.Cell(row, 3);
            Text(where, problem.Location);
            if (linked && problem.Sheet is not null && workbook.TryGetWorksheet(problem.Sheet, out _))
                where.Hyperlink = new XLHyperlink($"'{problem.Sheet.Replace("'", "''", StringComparison.Ordinal)}'!{problem.Cell ?? "A1"}");
            Text(list.Cell(row, 4), problem.Value ?? "");
            Text(list.Cell(row, 5), problem.Message);
            list.Cell(row, 1).Style.Fill.BackgroundColor = problem.Severity == Severity.Error ? ErrorFill : WarningFill;
            row++;
        }
        list.Column(1).Width = 10;
        list.Column(2).Width = 8;
        list.Column(3).Width = 36;
        list.Column(4).Width = 24;
        list.Column(5).Width = 100;
        list.SetTabActive();
    }

    /// <summary>Text stays text: a value like "=HYPERLINK(…)" from a register must never become a formula.</summary>
    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') cell.Style.IncludeQuotePrefix = true;
    }

    private static string UniqueName(XLWorkbook workbook, string name)
    {
        var candidate = name;
        for (var i = 2; workbook.Worksheets.Contains(candidate); i++) candidate = $"{name} ({i})";
        return candidate;
    }
}
