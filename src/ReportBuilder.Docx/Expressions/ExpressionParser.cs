using System.Globalization;

namespace ReportBuilder.Docx.Expressions;

/// <summary>
/// Recursive-descent parser for tag expressions:
/// <code>
/// pipeline := or ('|' name primary*)*
/// or       := and ('or' and)*
/// and      := not ('and' not)*
/// not      := 'not' not | compare
/// compare  := primary (('=='|'!='|'&lt;'|'&gt;'|'&lt;='|'&gt;=') primary)?
/// primary  := string | number | true | false | null | path | '(' pipeline ')'
/// path     := name ('.' name | '[' number ']')*
/// </code>
/// </summary>
public sealed class ExpressionParser
{
    private readonly List<ExprToken> _tokens;
    private int _next;
    private int _depth;

    /// <summary>
    /// A tag's expression is parsed and evaluated by recursion, so its size and nesting are
    /// bounded (far above any real tag, which has a handful of words) rather than the stack.
    /// </summary>
    private ExpressionParser(string text)
    {
        _tokens = ExpressionLexer.Tokenize(text);
        if (_tokens.Count - 1 > Parsing.TemplateLimits.MaxTokensPerTag)
            throw new ExpressionSyntaxException($"the tag has {_tokens.Count - 1:N0} words and signs; a tag may have at most {Parsing.TemplateLimits.MaxTokensPerTag:N0}", 0);
    }

    /// <summary>Enters a bracket or a 'not'; past the limit the tag is refused.</summary>
    private void Enter(ExprToken token)
    {
        if (++_depth > Parsing.TemplateLimits.MaxExpressionNesting)
            throw new ExpressionSyntaxException($"brackets and 'not' are nested more than {Parsing.TemplateLimits.MaxExpressionNesting} deep", token.Position);
    }

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expr = parser.Pipeline();
        parser.Expect(ExprTokenKind.End, "the end of the tag");
        return expr;
    }

    /// <summary>Parses a leading expression and returns the tokens left over (for "each list as item").</summary>
    public static (Expr Expr, string? Alias) ParseEach(string text)
    {
        var parser = new ExpressionParser(text);
        var expr = parser.Pipeline();
        string? alias = null;
        if (parser.Peek.Kind == ExprTokenKind.Identifier && parser.Peek.Text == "as")
        {
            parser._next++;
            alias = parser.Expect(ExprTokenKind.Identifier, "a name after 'as'").Text;
        }
        parser.Expect(ExprTokenKind.End, "the end of the tag");
        return (expr, alias);
    }

    private ExprToken Peek => _tokens[_next];

    private Expr Pipeline()
    {
        var expr = Or();
        while (Peek.Kind == ExprTokenKind.Pipe)
        {
            _next++;
            var name = Expect(ExprTokenKind.Identifier, "a filter name after '|'").Text;
            var args = new List<Expr>();
            while (Peek.Kind is ExprTokenKind.String or ExprTokenKind.Number or ExprTokenKind.Identifier or ExprTokenKind.OpenParen
                   && !(Peek.Kind == ExprTokenKind.Identifier && Peek.Text is "and" or "or" or "as"))
                args.Add(Primary());
            expr = new FilterExpr(expr, name, args);
        }
        return expr;
    }

    private Expr Or()
    {
        var left = And();
        while (IsWord("or") || IsOperator("or"))
        {
            _next++;
            left = new BinaryExpr("or", left, And());
        }
        return left;
    }

    private Expr And()
    {
        var left = Not();
        while (IsWord("and") || IsOperator("and"))
        {
            _next++;
            left = new BinaryExpr("and", left, Not());
        }
        return left;
    }

    private Expr Not()
    {
        if (IsWord("not") || IsOperator("!"))
        {
            Enter(Peek);
            _next++;
            var operand = new NotExpr(Not());
            _depth--;
            return operand;
        }
        return Compare();
    }

    private Expr Compare()
    {
        var left = Primary();
        if (Peek.Kind == ExprTokenKind.Operator && Peek.Text is "==" or "!=" or "<" or ">" or "<=" or ">=")
        {
            var op = Peek.Text;
            _next++;
            return new BinaryExpr(op, left, Primary());
        }
        return left;
    }

    private Expr Primary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case ExprTokenKind.String:
                _next++;
                return new LiteralExpr(token.Text);
            case ExprTokenKind.Number:
                _next++;
                if (!decimal.TryParse(token.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    throw new ExpressionSyntaxException($"'{token.Text}' is not a number", token.Position);
                return new LiteralExpr(number);
            case ExprTokenKind.OpenParen:
                Enter(token);
                _next++;
                var inner = Pipeline();
                Expect(ExprTokenKind.CloseParen, "')'");
                _depth--;
                return inner;
            case ExprTokenKind.Identifier:
                switch (token.Text)
                {
                    case "true": _next++; return new LiteralExpr(true);
                    case "false": _next++; return new LiteralExpr(false);
                    case "null": _next++; return new LiteralExpr(null);
                    case "and" or "or" or "not" or "as":
                        throw new ExpressionSyntaxException($"expected a value but found '{token.Text}'", token.Position);
                }
                return Path();
            default:
                throw new ExpressionSyntaxException(
                    token.Kind == ExprTokenKind.End ? "the tag ends where a value was expected" : $"expected a value but found '{token.Text}'",
                    token.Position);
        }
    }

    private PathExpr Path()
    {
        var first = Expect(ExprTokenKind.Identifier, "a name");
        var segments = new List<PathSegment> { new(first.Text, null) };
        var text = first.Text;
        while (true)
        {
            if (Peek.Kind == ExprTokenKind.Dot)
            {
                _next++;
                var name = Expect(ExprTokenKind.Identifier, "a name after '.'").Text;
                segments.Add(new(name, null));
                text += "." + name;
            }
            else if (Peek.Kind == ExprTokenKind.OpenBracket)
            {
                _next++;
                var index = Expect(ExprTokenKind.Number, "an index in [ ]");
                Expect(ExprTokenKind.CloseBracket, "']'");
                var value = int.Parse(index.Text, CultureInfo.InvariantCulture);
                segments.Add(new(null, value));
                text += $"[{value}]";
            }
            else
            {
                return new PathExpr(text, segments);
            }
        }
    }

    private bool IsWord(string word) => Peek.Kind == ExprTokenKind.Identifier && Peek.Text == word;

    private bool IsOperator(string op) => Peek.Kind == ExprTokenKind.Operator && Peek.Text == op;

    private ExprToken Expect(ExprTokenKind kind, string what)
    {
        var token = Peek;
        if (token.Kind != kind)
        {
            throw new ExpressionSyntaxException(
                token.Kind == ExprTokenKind.End ? $"the tag ends where {what} was expected" : $"expected {what} but found '{token.Text}'",
                token.Position);
        }
        _next++;
        return token;
    }
}
