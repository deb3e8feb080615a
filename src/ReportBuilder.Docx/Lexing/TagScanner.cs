namespace ReportBuilder.Docx.Lexing;

/// <summary>The lexer stage: finds {{ … }} tags in a paragraph's joined text.</summary>
public static class TagScanner
{
    public const string Open = "{{";
    public const string Close = "}}";

    /// <summary>A "{{" with no "}}" after it in the same paragraph, or a "}}" with no "{{" before it.</summary>
    public sealed record Stray(int Position, bool IsOpening);

    public static (List<TagToken> Tags, List<Stray> Strays) Scan(string text)
    {
        var tags = new List<TagToken>();
        var strays = new List<Stray>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf(Open, i, StringComparison.Ordinal);
            var close = text.IndexOf(Close, i, StringComparison.Ordinal);
            if (open < 0)
            {
                if (close >= 0) strays.Add(new Stray(close, IsOpening: false));
                break;
            }
            if (close >= 0 && close < open)
            {
                strays.Add(new Stray(close, IsOpening: false));
                i = close + Close.Length;
                continue;
            }
            var end = text.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            var nextOpen = text.IndexOf(Open, open + Open.Length, StringComparison.Ordinal);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
            {
                strays.Add(new Stray(open, IsOpening: true));
                i = open + Open.Length;
                continue;
            }
            tags.Add(new TagToken(open, end + Close.Length, text[(open + Open.Length)..end]));
            i = end + Close.Length;
        }
        return (tags, strays);
    }
}
