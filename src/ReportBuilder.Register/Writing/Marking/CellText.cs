using System.Globalization;
using System.Text;
using ReportBuilder.Register.Excel;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// Text as Excel stores it in a cell or comment: a character XML cannot hold becomes an
/// _xHHHH_ escape, and a literal "_x0041_" typed by staff keeps its underscore escaped
/// (_x005F_), so Excel shows exactly the text the message quotes.
/// </summary>
internal static class CellText
{
    public static string Escape(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (c != '\n' && !ExcelText.IsXmlChar(c)) replacement = Code(c);
            else if (char.IsSurrogate(c) && !IsPaired(text, i)) replacement = Code(c);
            else if (c == '_' && LooksLikeEscape(text, i)) replacement = "_x005F_";
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }
        return sb?.ToString() ?? text;
    }

    private static string Code(char c) => "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_";

    private static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
        && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);

    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
