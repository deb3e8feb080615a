using System.Text;

namespace ReportBuilder.Docx.Rendering;

/// <summary>Drops characters XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates).</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        var ok = true;
        for (var i = 0; i < text.Length && ok; i++) ok = IsAllowed(text, i);
        if (ok) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsAllowed(text, i)) sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private static bool IsAllowed(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
    }
}
