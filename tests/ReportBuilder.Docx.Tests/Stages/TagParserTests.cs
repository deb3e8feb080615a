using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Parsing;

namespace ReportBuilder.Docx.Tests.Stages;

/// <summary>Parse stage: what each tag says, printed compactly.</summary>
public class TagParserTests
{
    [Theory]
    [InlineData(" person.surname ", "value person.surname")]
    [InlineData("items[0].date", "value items[0].date")]
    [InlineData("name | upper", "value name | upper")]
    [InlineData("name | default \"n/a\" | upper", "value name | default \"n/a\" | upper")]
    [InlineData("name | default “n/a”", "value name | default \"n/a\"")]
    [InlineData("names | join ‘, ’", "value names | join \", \"")]
    [InlineData("term | years 12 true", "value term | years 12 true")]
    [InlineData("#each events", "open each events")]
    [InlineData("#each events as e", "open each events as e")]
    [InlineData("#if a == 1 and not b", "open if ((a == 1) and not b)")]
    [InlineData("#if type == \"verdict\" or type == 'appeal'", "open if ((type == \"verdict\") or (type == \"appeal\"))")]
    [InlineData("#if count >= 2", "open if (count >= 2)")]
    [InlineData("#if (a or b) and c != null", "open if ((a or b) and (c != null))")]
    [InlineData("else", "else")]
    [InlineData("else if x < -1", "else if (x < -1)")]
    [InlineData("/each", "close each")]
    [InlineData(" /if ", "close if")]
    [InlineData("@number", "value @number")]
    public void Parses_tags(string content, string expected) => Assert.Equal(expected, Print(TagParser.Parse(content)));

    [Theory]
    [InlineData("", "the tag is empty")]
    [InlineData("a ==", "the tag ends where a value was expected")]
    [InlineData("#each", "#each needs a list")]
    [InlineData("#loop x", "unknown block '#loop'")]
    [InlineData("/for", "unknown block end '/for'")]
    [InlineData("a b", "expected the end of the tag but found 'b'")]
    [InlineData("name | ", "the tag ends where a filter name after '|' was expected")]
    [InlineData("\"open", "no closing quote")]
    [InlineData("a ; b", "unexpected character ';'")]
    [InlineData("items[x]", "expected an index in [ ] but found 'x'")]
    public void Reports_syntax_errors(string content, string expected)
    {
        var e = Assert.Throws<ExpressionSyntaxException>(() => TagParser.Parse(content));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static string Print(TagSyntax syntax) => syntax switch
    {
        ValueTag v => "value " + TreePrinter.Print(v.Expr),
        OpenTag o => $"open {o.Kind.ToString().ToLowerInvariant()} {Strip(TreePrinter.Print(o.Expr))}{(o.Alias is null ? "" : " as " + o.Alias)}",
        ElseTag { Condition: null } => "else",
        ElseTag e => "else if " + TreePrinter.Print(e.Condition!),
        CloseTag c => "close " + c.Kind.ToString().ToLowerInvariant(),
        _ => "?",
    };

    private static string Strip(string s) => s;
}
