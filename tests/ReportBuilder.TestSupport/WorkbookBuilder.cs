using ClosedXML.Excel;

namespace ReportBuilder.TestSupport;

/// <summary>
/// Builds real .xlsx fixtures with ClosedXML: sheets given as rows of values (row 1 first).
/// Values: string, int, double, decimal, DateTime (written as an Excel date), null (blank).
/// </summary>
public sealed class WorkbookBuilder
{
    private readonly List<(string Name, object?[][] Rows, Action<IXLWorksheet>? Customise)> _sheets = [];

    public WorkbookBuilder Sheet(string name, object?[][] rows, Action<IXLWorksheet>? customise = null)
    {
        _sheets.Add((name, rows, customise));
        return this;
    }

    public string Save(string path)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, rows, customise) in _sheets)
        {
            var sheet = workbook.AddWorksheet(name);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                    Set(sheet.Cell(r + 1, c + 1), rows[r][c]);
            }
            customise?.Invoke(sheet);
        }
        workbook.SaveAs(path);
        return path;
    }

    public static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case DateTime date:
                cell.SetValue(date);
                cell.Style.NumberFormat.Format = "dd.mm.yyyy";
                break;
            case int i: cell.SetValue(i); break;
            case double d: cell.SetValue(d); break;
            case decimal m: cell.SetValue(m); break;
            case string s: cell.SetValue(s); break;
            default: cell.SetValue(value.ToString()); break;
        }
    }
}
