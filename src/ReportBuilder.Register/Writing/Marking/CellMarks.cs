using ReportBuilder.Problems;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>One marked cell: the worst severity of its problems and their messages, in the order found.</summary>
internal sealed class CellMark(int row, int column)
{
    public int Row { get; } = row;
    public int Column { get; } = column;
    public string Address => CellAddress.Format(Row, Column);
    public Severity Severity { get; set; } = Severity.Warning;
    public List<string> Notes { get; } = [];
}

/// <summary>The problems of one workbook that name a cell, grouped by sheet and sorted by row and column.</summary>
internal static class CellMarks
{
    public static Dictionary<string, SortedDictionary<(int Row, int Column), CellMark>> Of(IEnumerable<Problem> problems, UiLanguage language)
    {
        var sheets = new Dictionary<string, SortedDictionary<(int, int), CellMark>>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (problem.Sheet is null || problem.Cell is null || !TryParse(problem.Cell, out var at)) continue;
            if (!sheets.TryGetValue(problem.Sheet, out var marks)) sheets[problem.Sheet] = marks = [];
            if (!marks.TryGetValue(at, out var mark)) marks[at] = mark = new CellMark(at.Row, at.Column);
            if (problem.Severity == Severity.Error) mark.Severity = Severity.Error;
            mark.Notes.Add($"{problem.Id}: {problem.Text(language)}");
        }
        return sheets;
    }

    /// <summary>A single cell inside Excel's grid; ranges such as a whole row ("14:14") mark nothing.</summary>
    private static bool TryParse(string cell, out (int Row, int Column) at)
    {
        at = default;
        try
        {
            at = CellAddress.Parse(cell);
        }
        catch (FormatException)
        {
            return false;
        }
        return at.Row is >= 1 and <= 1_048_576 && at.Column is >= 1 and <= 16_384;
    }
}
