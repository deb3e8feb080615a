using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>Reads the Forms sheet: Russian forms staff confirmed once.</summary>
internal static class FormsSheet
{
    public static IReadOnlyList<string> KindValues { get; } = ["name", "town", "description", "judge", "имя", "город", "описание", "судья"];

    public static IEnumerable<ConfirmedForm> Read(SheetTable t)
    {
        foreach (var row in t.DataRows)
        {
            var kind = t.Choice<FormKind>(row, "Kind", required: true, TryKind, KindValues);
            var nominative = t.RequiredText(row, "Nominative");
            var gender = t.Choice<Gender>(row, "Gender", required: false, ChoiceText.TryGender, ChoiceText.GenderValues);
            var cases = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in ConfirmedForm.CaseColumns)
                if (t.Text(row, column) is { } form) cases[column] = form;
            if (kind is { } k && nominative is not null) yield return new ConfirmedForm(k, nominative, gender, cases, t.Source(row));
        }
    }

    public static bool TryKind(string text, out FormKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "name" or "person" or "имя" or "лицо" or "фио": kind = FormKind.Name; return true;
            case "town" or "city" or "place" or "город" or "населённый пункт" or "населенный пункт": kind = FormKind.Town; return true;
            case "description" or "описание": kind = FormKind.Description; return true;
            case "judge" or "судья": kind = FormKind.Judge; return true;
            default: kind = default; return false;
        }
    }
}
