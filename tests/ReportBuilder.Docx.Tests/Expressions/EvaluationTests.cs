using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests.Expressions;

/// <summary>
/// What a tag prints, rendered through the engine: comparisons (numbers as numbers, text as
/// text, missing as null), truth, and the built-in filters with their arguments.
/// </summary>
public sealed class EvaluationTests : IDisposable
{
    private const string Data = """
        { "n": 2, "m": 10, "num": "10", "s": "abc", "t": "abd", "yes": true, "no": false, "zero": 0, "empty": "",
          "list": [], "words": ["x", "y"], "items": [ { "title": "A" }, { "title": "B" } ] }
        """;

    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Each_tag_prints_what_its_expression_means()
    {
        (string Tag, string Prints)[] cases =
        [
            ("n < m", "true"), ("m < n", "false"), ("n > 1", "true"), ("n > 2", "false"),
            ("n <= 2", "true"), ("n <= 1", "false"), ("n >= 2", "true"), ("n >= 3", "false"),
            ("n == 2", "true"), ("n != 2", "false"), ("n != 3", "true"), ("num == 10", "true"), ("num > n", "true"),
            ("s < t", "true"), ("t <= s", "false"), ("s == 'abc'", "true"),
            ("yes == true", "true"), ("yes == no", "false"), ("no == false", "true"),
            ("missing == null", "true"), ("n == null", "false"), ("null == n", "false"), ("missing == ''", "false"),
            ("not zero", "true"), ("not empty", "true"), ("not list", "true"), ("not words", "false"), ("not n", "false"),
            ("yes and no", "false"), ("no or n", "true"), ("zero or empty", "false"),
            ("zero | default 'none'", "0"), ("no | default 'none'", "false"), ("empty | default 'none'", "none"), ("s | default 'none'", "abc"),
            ("s | upper", "ABC"), ("'ÀB' | lower", "àb"), ("n | upper", "2"),
            ("words | join", "x, y"), ("words | join ' / '", "x / y"), ("items | join '; ' 'title'", "A; B"),
        ];
        var template = new DocxBuilder().Body([.. cases.Select(c => P($"{c.Tag}: {{{{ {c.Tag} }}}}"))]);

        var (path, _) = _engine.Render(template, Data);

        Assert.Equal(cases.Select(c => $"{c.Tag}: {c.Prints}"), DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void A_filter_given_the_wrong_arguments_names_its_paragraph_and_says_how_to_call_it()
    {
        // Too many arguments are seen before anything is rendered; the others while rendering, all of them.
        var tooMany = new DocxBuilder().Body(P("{{ s }}"), P("{{ words | join ',' 'a' 'b' }}"));
        var wrong = new DocxBuilder().Body(P("{{ s | default }}"), P("{{ s | lower 'x' }}"), P("{{ items | join }}"));

        var checkedFirst = Assert.Throws<TemplateException>(() => _engine.Render(tooMany, Data));
        var rendered = Assert.Throws<TemplateException>(() => _engine.Render(wrong, Data));

        Assert.Equal([("T011", 2, "join takes at most two arguments: the separator and a member of each item")],
            checkedFirst.Problems.Select(p => (p.Id, p.Place!.Paragraph, Detail(p))));
        Assert.Equal(
        [
            ("T011", 1, "default takes one argument: the text to use when the value is missing, e.g. default \"n/a\""),
            ("T011", 3, "join is given a list of objects; name the member to join, e.g. join \", \" \"title\""),
        ], rendered.Problems.Where(p => p.Id == "T011").Select(p => (p.Id, p.Place!.Paragraph, Detail(p))));
    }

    private static string Detail(ReportBuilder.Problems.Problem problem) => problem.Argument("detail")?.ToString() ?? "";
}
