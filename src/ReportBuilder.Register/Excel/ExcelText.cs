using System.Globalization;
using System.Text;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Cleans text as Excel saves it: decodes its _xHHHH_ escapes, drops characters XML (and so
/// Word) cannot hold, turns non-breaking spaces into spaces and trims stray spaces.
/// Line breaks typed with Alt+Enter are kept.
/// </summary>
public static class ExcelText
{
    public static string Clean(string text)
    {
        if (text.Length == 0) return text;
        if (!NeedsWork(text)) return text;

        var decoded = text.Contains("_x", StringComparison.Ordinal) ? DecodeEscapes(text) : text;
        var sb = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var ch in decoded)
        {
            var c = ch is '\u00A0' or '\u202F' or '\u2007' or '\t' ? ' ' : ch;
            if (c == '\r') continue;
            if (c != '\n' && !IsXmlChar(c)) continue;
            if (c == ' ')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (c == '\n')
            {
                // Spaces at the end of a line are noise.
                pendingSpace = false;
                sb.Append('\n');
                continue;
            }
            if (pendingSpace && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString().Trim('\n');
    }

    /// <summary>True for characters XML 1.0 allows (surrogates pass; they pair up in valid text).</summary>
    public static bool IsXmlChar(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');

    private static bool NeedsWork(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ' || text[^1] == '\n') return true;
        var previous = '\0';
        foreach (var c in text)
        {
            if (c < ' ' && c != '\n') return true;
            if (c is '\u00A0' or '\u202F' or '\u2007' or '\uFFFE' or '\uFFFF' or '\r') return true;
            if ((c == ' ' && previous is ' ' or '\n') || (c == '\n' && previous == ' ')) return true;
            if (c == 'x' && previous == '_') return true;
            previous = c;
        }
        return false;
    }

    /// <summary>Excel writes control characters as _xHHHH_ (and a literal "_x" as _x005F_x).</summary>
    private static string DecodeEscapes(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 6;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
