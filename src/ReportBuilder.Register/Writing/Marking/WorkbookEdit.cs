using System.Globalization;
using System.Xml.Linq;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// The workbook part with a new sheet put first and shown: its sheet entry goes before the
/// others, every defined name scoped to a sheet by position follows its sheet, and the
/// workbook opens on the first tab.
/// </summary>
internal static class WorkbookEdit
{
    public static void PutFirst(XDocument workbook, string name, string relationshipId)
    {
        var root = workbook.Root!;
        var ns = root.Name.Namespace;
        var sheets = root.Element(ns + "sheets")!;
        var ids = sheets.Elements(ns + "sheet")
            .Select(s => int.TryParse((string?)s.Attribute("sheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0);
        sheets.AddFirst(new XElement(ns + "sheet",
            new XAttribute(XNamespace.Xmlns + "r", OpenXmlNames.Relationships.NamespaceName),
            new XAttribute("name", name),
            new XAttribute("sheetId", (ids.DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture)),
            new XAttribute(OpenXmlNames.Relationships + "id", relationshipId)));
        foreach (var definedName in root.Descendants(ns + "definedName"))
        {
            if (int.TryParse((string?)definedName.Attribute("localSheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                definedName.SetAttributeValue("localSheetId", (position + 1).ToString(CultureInfo.InvariantCulture));
        }
        foreach (var view in root.Descendants(ns + "workbookView"))
        {
            view.SetAttributeValue("activeTab", null);
            view.SetAttributeValue("firstSheet", null);
        }
    }

    /// <summary>The workbook's sheet names, for a new name that none of them has (Excel compares them ignoring case).</summary>
    public static string FreeSheetName(XDocument workbook, string name)
    {
        var ns = workbook.Root!.Name.Namespace;
        var names = workbook.Root.Descendants(ns + "sheet").Select(s => (string?)s.Attribute("name") ?? "")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = name;
        for (var i = 2; names.Contains(candidate); i++) candidate = $"{name} ({i})";
        return candidate;
    }
}
