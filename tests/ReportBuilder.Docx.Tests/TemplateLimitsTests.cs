using ReportBuilder.Problems;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Parsing;
using ReportBuilder.Docx.Problems;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>A template past a limit is one error naming the limit and the place, never a stack overflow or a render without end.</summary>
public sealed class TemplateLimitsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Problem SingleError(DocxBuilder template, string json = "{}")
    {
        var path = template.Save(_temp.File("template.docx"));
        using var output = new MemoryStream();
        var e = Assert.Throws<TemplateException>(() =>
            new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(path, TemplateData.FromJson(json), output));
        Assert.Equal(0, output.Length);
        return Assert.Single(e.Problems, p => p.Severity == Severity.Error);
    }

    private static Paragraph[] Nested(int depth) =>
        [.. Enumerable.Repeat(0, depth).Select(_ => P("{{#if x}}")), P("deep"), .. Enumerable.Repeat(0, depth).Select(_ => P("{{/if}}"))];

    [Fact]
    public void Blocks_nested_past_the_limit_are_named_at_the_first_block_too_deep()
    {
        var problem = SingleError(new DocxBuilder().Body([P("Title"), .. Nested(TemplateLimits.MaxNesting + 1)]));

        Assert.Equal(("T019", "blocks-nested-too-deep"), (problem.Id, problem.Code));
        Assert.Equal(TemplateLimits.MaxNesting + 2, problem.Place!.Paragraph);
        Assert.Contains("at most 100 blocks", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_nested_50_000_deep_end_in_the_same_message_not_a_stack_overflow()
    {
        var problem = SingleError(new DocxBuilder().Body(Nested(50_000)));

        Assert.Equal("T019", problem.Id);
    }

    [Fact]
    public void Blocks_nested_to_the_limit_still_render()
    {
        var path = new DocxBuilder().Body(Nested(TemplateLimits.MaxNesting)).Save(_temp.File("deep.docx"));
        using var output = new MemoryStream();

        new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(path, TemplateData.FromJson("""{ "x": true }"""), output);

        Assert.Equal("deep", DocxText.Body(new MemoryStream(output.ToArray())));
    }

    [Fact]
    public void A_paragraph_past_the_tag_limit_is_named()
    {
        var tags = new StringBuilder();
        for (var i = 0; i <= TemplateLimits.MaxTagsPerParagraph / 2; i++) tags.Append("{{#if x}}a{{/if}}");

        var problem = SingleError(new DocxBuilder().Body(P("Intro"), P(tags.ToString())));

        Assert.Equal(("T020", 2), (problem.Id, problem.Place!.Paragraph));
        Assert.Contains("holds 25,002 tags; a paragraph may hold at most 25,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_tag_budget_is_shared_by_all_parts_and_names_where_it_ran_out()
    {
        var problems = new List<Problem>();
        var budget = new TagBudget(limit: 5);

        PartCompiler.Compile("t.docx", "header1", new Header(P("{{a}} {{b}} {{c}}")), new FilterRegistry(), null, problems, budget);
        var body = PartCompiler.Compile("t.docx", "body", new Body(P("{{d}}"), P("{{e}} {{f}}")), new FilterRegistry(), null, problems, budget);

        var problem = Assert.Single(problems);
        Assert.Equal(("T021", "body", 2), (problem.Id, problem.Place!.Part, problem.Place.Paragraph));
        Assert.Empty(body.Tree);
        Assert.True(budget.Exhausted);
    }

    [Fact]
    public void Elements_nested_past_the_depth_limit_are_refused_before_any_parsing()
    {
        var saved = new DocxBuilder().Body(P("{{name}}")).Save(_temp.File("ok.docx"));
        var parts = ZipParts.Read(saved);
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        var open = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 200));
        var close = string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 200));
        var path = parts.Edit(main, xml => xml.Replace("<w:body>", "<w:body>" + open + "<w:p/>" + close, StringComparison.Ordinal)).Save(_temp.File("template.docx"));

        var e = Assert.Throws<TemplateException>(() => new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("T022", problem.Id);
        Assert.Contains($"its part {main} nests elements more than 256 deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep", "nested more than 64 deep")]
    [InlineData("long", "a tag may have at most 1,000")]
    [InlineData("nots", "nested more than 64 deep")]
    public void A_tag_past_the_expression_limits_is_a_syntax_error_not_a_stack_overflow(string shape, string expected)
    {
        var tag = shape switch
        {
            "deep" => "{{ " + new string('(', 200) + "x" + new string(')', 200) + " }}",
            "long" => "{{ " + string.Join(" and ", Enumerable.Repeat("x", 50_000)) + " }}",
            _ => "{{#if " + string.Concat(Enumerable.Repeat("not ", 500)) + "x}}y{{/if}}",
        };

        var problem = SingleError(new DocxBuilder().Body(P(tag)));

        Assert.Equal("T003", problem.Id);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
