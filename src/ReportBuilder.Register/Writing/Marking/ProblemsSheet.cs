using ReportBuilder.Problems;
using System.Globalization;
using System.Xml.Linq;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// The Problems worksheet: the notice that corrections belong in the original, then one row per
/// problem with a link to its cell. Cells hold inline text, so no formula can come from a value.
/// </summary>
internal static class ProblemsSheet
{
    private static readonly int[] Widths = [10, 8, 36, 24, 100];

    /// <param name="sheets">The workbook's sheet names: a problem on one of them links to its cell.</param>
    public static XDocument Build(string original, IReadOnlyList<Problem> problems, ISet<string> sheets, StylesEdit styles, UiLanguage language)
    {
        XNamespace ns = OpenXmlNames.SpreadsheetMain;
        var notice = CheckedCopy.Notice(original);
        var headerRow = notice.Length + 2;
        var rows = new List<XElement>();
        var links = new List<XElement>();
        for (var i = 0; i < notice.Length; i++) rows.Add(Row(ns, i + 1, styles.HeaderStyle, notice[i]));
        string[] header = [.. new[] { "Cli.Column.Severity", "Marked.Id", "Cli.Column.Where", "Marked.Value", "Cli.Column.Problem" }.Select(key => ProblemTexts.Render(key, [], language))];
        rows.Add(Row(ns, headerRow, styles.HeaderStyle, header));
        var number = headerRow;
        foreach (var problem in problems)
        {
            number++;
            var style = problem.Severity == Severity.Error ? styles.ErrorStyle : styles.WarningStyle;
            var row = Row(ns, number, 0, ProblemTexts.SeverityWord(problem.Severity, language), problem.Id, problem.Where(language), problem.Value ?? "", problem.Text(language));
            row.Elements().First().SetAttributeValue("s", style.ToString(CultureInfo.InvariantCulture));
            rows.Add(row);
            if (problem.Sheet is { } sheet && sheets.Contains(sheet))
            {
                links.Add(new XElement(ns + "hyperlink",
                    new XAttribute("ref", CellAddress.Format(number, 3)),
                    new XAttribute("location", $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!{Target(problem.Cell)}")));
            }
        }
        var worksheet = new XElement(ns + "worksheet",
            new XAttribute(XNamespace.Xmlns + "r", OpenXmlNames.Relationships.NamespaceName),
            new XElement(ns + "sheetViews", new XElement(ns + "sheetView",
                new XAttribute("tabSelected", "1"), new XAttribute("workbookViewId", "0"),
                new XElement(ns + "pane", new XAttribute("ySplit", headerRow), new XAttribute("topLeftCell", CellAddress.Format(headerRow + 1, 1)),
                    new XAttribute("activePane", "bottomLeft"), new XAttribute("state", "frozen")))),
            new XElement(ns + "cols", Widths.Select((width, i) => new XElement(ns + "col",
                new XAttribute("min", i + 1), new XAttribute("max", i + 1), new XAttribute("width", width), new XAttribute("customWidth", "1")))),
            new XElement(ns + "sheetData", rows));
        if (links.Count > 0) worksheet.Add(new XElement(ns + "hyperlinks", links));
        return new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), worksheet);
    }

    /// <summary>A problem's cell, or the sheet's first cell when it names a row or none.</summary>
    private static string Target(string? cell)
    {
        if (cell is null) return "A1";
        try
        {
            var (row, column) = CellAddress.Parse(cell);
            return CellAddress.Format(row, column);
        }
        catch (FormatException)
        {
            return "A1";
        }
    }

    internal static XElement Row(XNamespace ns, int number, int style, params string[] texts) =>
        new(ns + "row", new XAttribute("r", number),
            texts.Select((text, i) =>
            {
                var cell = new XElement(ns + "c", new XAttribute("r", CellAddress.Format(number, i + 1)), new XAttribute("t", "inlineStr"),
                    new XElement(ns + "is", new XElement(ns + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), CellText.Escape(text))));
                if (style != 0) cell.SetAttributeValue("s", style.ToString(CultureInfo.InvariantCulture));
                return cell;
            }));
}
