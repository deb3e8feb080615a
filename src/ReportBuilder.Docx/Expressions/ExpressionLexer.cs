using System.Text;

namespace ReportBuilder.Docx.Expressions;

/// <summary>
/// Splits a tag's expression into tokens. Strings may be quoted "…", '…', or with the curly
/// quotes Word's AutoCorrect types (“…”, ‘…’, „…“, «…»).
/// </summary>
public static class ExpressionLexer
{
    private static readonly Dictionary<char, char> Quotes = new()
    {
        ['"'] = '"', ['\''] = '\'', ['“'] = '”', ['”'] = '”', ['‘'] = '’', ['’'] = '’', ['„'] = '“', ['«'] = '»',
    };

    public static List<ExprToken> Tokenize(string text)
    {
        var tokens = new List<ExprToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (Quotes.TryGetValue(c, out var close))
            {
                var sb = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != close && !(c == '“' && text[i] == '“'))
                {
                    if (text[i] == '\\' && i + 1 < text.Length) i++;
                    sb.Append(text[i++]);
                }
                if (i >= text.Length) throw new ExpressionSyntaxException($"the text starting at {start + 1} has no closing quote", start);
                i++;
                tokens.Add(new(ExprTokenKind.String, sb.ToString(), start));
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && PrecedesOperand(tokens)))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
                tokens.Add(new(ExprTokenKind.Number, text[start..i], start));
                continue;
            }
            if (char.IsLetter(c) || c is '_' or '@' or '$')
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
                tokens.Add(new(ExprTokenKind.Identifier, text[start..i], start));
                continue;
            }
            var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two is "==" or "!=" or "<=" or ">=" or "&&" or "||")
            {
                tokens.Add(new(ExprTokenKind.Operator, two switch { "&&" => "and", "||" => "or", _ => two }, start));
                i += 2;
                continue;
            }
            ExprTokenKind? kind = c switch
            {
                '.' => ExprTokenKind.Dot,
                '[' => ExprTokenKind.OpenBracket,
                ']' => ExprTokenKind.CloseBracket,
                '(' => ExprTokenKind.OpenParen,
                ')' => ExprTokenKind.CloseParen,
                '|' => ExprTokenKind.Pipe,
                '<' or '>' or '!' or '=' => ExprTokenKind.Operator,
                _ => null,
            };
            if (kind is null) throw new ExpressionSyntaxException($"unexpected character '{c}' at {start + 1}", start);
            tokens.Add(new(kind.Value, c == '=' ? "==" : c.ToString(), start));
            i++;
        }
        tokens.Add(new(ExprTokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>A minus sign starts a number only where an operand is expected.</summary>
    private static bool PrecedesOperand(List<ExprToken> tokens) =>
        tokens.Count == 0 || tokens[^1].Kind is ExprTokenKind.Operator or ExprTokenKind.OpenParen or ExprTokenKind.Pipe
        || (tokens[^1].Kind == ExprTokenKind.Identifier && tokens.Count >= 2 && tokens[^2].Kind == ExprTokenKind.Pipe);
}
