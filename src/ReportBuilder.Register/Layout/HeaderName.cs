using System.Text;

namespace ReportBuilder.Register.Layout;

/// <summary>
/// Header matching ignores case, surrounding spaces and the difference between
/// "Name En", "NameEn" and "name_en": all normalise to "nameen".
/// </summary>
public static class HeaderName
{
    public static string Normalize(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '\u00A0') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
