using System.Xml.Linq;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>A Russian form the rules were not sure of, as a row of the Forms sheet: what, the nominative, the rules' best forms.</summary>
public sealed record FormToConfirm(string Kind, string Nominative, string? Gender, IReadOnlyDictionary<string, string> Cases);

/// <summary>
/// The "Forms to confirm" worksheet of the checked copy: the unsure forms as rows of the Forms
/// sheet, with the same headers, filled with the rules' best guess. Staff correct the forms and
/// copy the rows into their register's Forms sheet (or, when it has none, move this sheet
/// there and name it Forms); every later bulletin then uses them.
/// </summary>
internal static class FormsToConfirmSheet
{
    public static readonly string[] Header = ["Kind", "Nominative", "Gender", "Gen", "Dat", "Acc", "Ins", "Prep"];
    private static readonly int[] Widths = [14, 34, 10, 34, 34, 34, 34, 34];

    public static XDocument Build(IReadOnlyList<FormToConfirm> forms, StylesEdit styles)
    {
        XNamespace ns = OpenXmlNames.SpreadsheetMain;
        var rows = new List<XElement> { ProblemsSheet.Row(ns, 1, styles.HeaderStyle, Header) };
        for (var i = 0; i < forms.Count; i++)
        {
            var f = forms[i];
            rows.Add(ProblemsSheet.Row(ns, i + 2, 0,
                [f.Kind, f.Nominative, f.Gender ?? "", .. Header[3..].Select(c => f.Cases.GetValueOrDefault(c) ?? "")]));
        }
        var worksheet = new XElement(ns + "worksheet",
            new XElement(ns + "sheetViews", new XElement(ns + "sheetView", new XAttribute("workbookViewId", "0"),
                new XElement(ns + "pane", new XAttribute("ySplit", 1), new XAttribute("topLeftCell", "A2"),
                    new XAttribute("activePane", "bottomLeft"), new XAttribute("state", "frozen")))),
            new XElement(ns + "cols", Widths.Select((width, i) => new XElement(ns + "col",
                new XAttribute("min", i + 1), new XAttribute("max", i + 1), new XAttribute("width", width), new XAttribute("customWidth", "1")))),
            new XElement(ns + "sheetData", rows));
        return new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), worksheet);
    }
}
