using System.Globalization;

namespace ReportBuilder.Register.Parsing;

/// <summary>
/// Numbers typed as text: "27 780", "27,780" (a comma before exactly three digits groups
/// thousands), "840,50" and "840.50" (decimals), with ordinary or non-breaking spaces.
/// </summary>
public static class NumberText
{
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var s = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F' and not '\'')]);
        if (s.Length == 0) return false;
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // Both: the later one is the decimal separator.
            s = comma > dot ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            var groups = s.Split(',');
            var thousands = groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
            if (groups.Length > 2 && !thousands) return false;
            s = thousands ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(',', '.');
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
