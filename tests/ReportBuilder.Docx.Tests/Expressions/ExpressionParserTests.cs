using System.Globalization;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Parsing;

namespace ReportBuilder.Docx.Tests.Expressions;

/// <summary>
/// The tag expression grammar, read back as a tree: precedence (or below and below not below a
/// comparison), filters and their arguments, paths, literals, and every way a tag can be wrong,
/// each with the words staff read and where in the tag it went wrong.
/// </summary>
public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("a or b and c", "(or a (and b c))")]
    [InlineData("a || b && c", "(or a (and b c))")]
    [InlineData("a and b or c", "(or (and a b) c)")]
    [InlineData("a or b or c", "(or (or a b) c)")]
    [InlineData("(a or b) and c", "(and (or a b) c)")]
    [InlineData("not a == b", "(not (== a b))")]
    [InlineData("!a and not not b", "(and (not a) (not (not b)))")]
    [InlineData("a != 1", "(!= a 1)")]
    [InlineData("a = 'x'", "(== a \"x\")")]
    [InlineData("a < -2", "(< a -2)")]
    [InlineData("a > 2.5", "(> a 2.5)")]
    [InlineData("a <= b", "(<= a b)")]
    [InlineData("a >= b", "(>= a b)")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("«text»", "\"text\"")]
    [InlineData("person.name", "person.name")]
    [InlineData("items[2].date", "items[2].date")]
    [InlineData("@index", "@index")]
    [InlineData("x | upper", "(| x upper)")]
    [InlineData("x | join \", \" name", "(| x join \", \" name)")]
    [InlineData("x | f 1 (y or z) | lower", "(| (| x f 1 (or y z)) lower)")]
    [InlineData("x | default 'n/a' and y", null)] // a filter's arguments stop at 'and': then the tag must end
    public void Parses_by_precedence_into_a_tree(string text, string? tree)
    {
        if (tree is null)
        {
            var e = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(text));
            Assert.Equal("expected the end of the tag but found 'and'", e.Message);
            return;
        }
        Assert.Equal(tree, Show(ExpressionParser.Parse(text)));
    }

    [Theory]
    [InlineData("items as item", "items", "item")]
    [InlineData("items | sort name as row", "(| items sort name)", "row")]
    [InlineData("items or others", "(or items others)", null)]
    public void Each_takes_an_alias_after_as(string text, string tree, string? alias)
    {
        var (expr, name) = ExpressionParser.ParseEach(text);
        Assert.Equal((tree, alias), (Show(expr), name));
    }

    [Theory]
    [InlineData("a b", "expected the end of the tag but found 'b'", 2)]
    [InlineData("and", "expected a value but found 'and'", 0)]
    [InlineData("a or as", "expected a value but found 'as'", 5)]
    [InlineData("not or", "expected a value but found 'or'", 4)]
    [InlineData("a ==", "the tag ends where a value was expected", 4)]
    [InlineData("a == )", "expected a value but found ')'", 5)]
    [InlineData("(a", "the tag ends where ')' was expected", 2)]
    [InlineData("(a b)", "expected ')' but found 'b'", 3)]
    [InlineData("a.", "the tag ends where a name after '.' was expected", 2)]
    [InlineData("a.1", "expected a name after '.' but found '1'", 2)]
    [InlineData("a[1", "the tag ends where ']' was expected", 3)]
    [InlineData("a[x]", "expected an index in [ ] but found 'x'", 2)]
    [InlineData("x |", "the tag ends where a filter name after '|' was expected", 3)]
    [InlineData("1.2.3", "'1.2.3' is not a number", 0)]
    [InlineData("a # b", "unexpected character '#' at 3", 2)]
    [InlineData("'open", "the text starting at 1 has no closing quote", 0)]
    public void A_wrong_tag_says_what_was_expected_and_where(string text, string message, int position)
    {
        var e = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(text));
        Assert.Equal((message, position), (e.Message, e.Position));
    }

    [Fact]
    public void After_as_each_wants_a_name_and_then_the_end()
    {
        Assert.Equal("the tag ends where a name after 'as' was expected", Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.ParseEach("items as")).Message);
        Assert.Equal("expected the end of the tag but found 'extra'", Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.ParseEach("items as item extra")).Message);
    }

    [Fact]
    public void Nesting_is_bounded_by_depth_not_by_how_many_brackets_follow_one_another()
    {
        var deepest = TemplateLimits.MaxExpressionNesting;
        Assert.Equal("a", Show(ExpressionParser.Parse(new string('(', deepest) + "a" + new string(')', deepest))));
        Assert.EndsWith("(not a" + new string(')', deepest - 1), Show(ExpressionParser.Parse(string.Concat(Enumerable.Repeat("not ", deepest - 1)) + "(a)")), StringComparison.Ordinal);
        var tooDeep = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(new string('(', deepest + 1) + "a" + new string(')', deepest + 1)));
        Assert.Equal(($"brackets and 'not' are nested more than {deepest} deep", deepest), (tooDeep.Message, tooDeep.Position));
        Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(string.Concat(Enumerable.Repeat("not ", deepest + 1)) + "a"));

        // Side by side, each closed before the next opens: never deeper than one.
        var sideBySide = string.Join(" and ", Enumerable.Range(0, deepest + 5).Select(i => $"(not x{i})"));
        Assert.StartsWith("(and (and", Show(ExpressionParser.Parse(sideBySide)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_may_hold_as_many_words_and_signs_as_the_limit_and_no_more()
    {
        // "a or a or …": 2n - 1 tokens.
        string Of(int tokens) => string.Join(" or ", Enumerable.Repeat("a", (tokens + 1) / 2));
        var limit = TemplateLimits.MaxTokensPerTag;
        var atTheLimit = "not " + Of(limit - 1);
        Assert.Equal(limit, ExpressionLexer.Tokenize(atTheLimit).Count - 1);
        Assert.StartsWith("(or (or", Show(ExpressionParser.Parse(atTheLimit)), StringComparison.Ordinal);
        var e = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(Of(limit + 1)));
        Assert.Equal(($"the tag has {(limit + 1).ToString("N0", CultureInfo.CurrentCulture)} words and signs; a tag may have at most {limit.ToString("N0", CultureInfo.CurrentCulture)}", 0), (e.Message, e.Position));
    }

    /// <summary>The tree as text: operators and filters in prefix form, strings quoted, paths as written.</summary>
    private static string Show(Expr expr) => expr switch
    {
        LiteralExpr { Value: null } => "null",
        LiteralExpr { Value: string s } => $"\"{s}\"",
        LiteralExpr { Value: bool b } => b ? "true" : "false",
        LiteralExpr { Value: decimal d } => d.ToString(CultureInfo.InvariantCulture),
        PathExpr path => path.Text,
        NotExpr not => $"(not {Show(not.Operand)})",
        BinaryExpr binary => $"({binary.Operator} {Show(binary.Left)} {Show(binary.Right)})",
        FilterExpr filter => $"(| {string.Join(" ", new[] { Show(filter.Input), filter.Name }.Concat(filter.Arguments.Select(Show)))})",
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr, null),
    };
}
