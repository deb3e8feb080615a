using DocumentFormat.OpenXml;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>A mistyped block tag is one problem: its partner tags are not reported as unopened, unclosed or misplaced too.</summary>
public sealed class OneTypoOneProblemTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string[]> Templates => new()
    {
        { "T001", ["{{#each items as item}", "x", "{{/each}}"] },
        { "T001", ["{{#each items}}", "{{#if x}}", "a", "{{else}}", "b", "{{/if}", "{{/each}}"] },
        { "T001", ["On {{ date }}, {{#if who}{{ who }}, {{/if}}{{ name }} was sentenced."] },
        { "T003", ["{{#if a ==}}", "x", "{{else}}", "y", "{{/if}}"] },
        { "T003", ["{{#list}}{{part a ==}}x{{part}}y{{/list}}"] },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Reports_only_the_typo(string expected, string[] paragraphs)
    {
        var path = new DocxBuilder().Body([.. paragraphs.Select(p => (OpenXmlElement)P(p))]).Save(_temp.File("t.docx"));

        var problems = new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path);

        Assert.Equal([expected], problems.Select(p => p.Id));
    }

    [Fact]
    public void A_location_quotes_the_paragraph_and_names_the_heading_above_it()
    {
        var path = new DocxBuilder().Body(
            StyledP("Heading1", R("Summary of the week")),
            P("Intro"),
            P("The total was {{ total | shout }} events this week, as counted by the register."))
            .Save(_temp.File("t.docx"));

        var problem = Assert.Single(new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path));

        Assert.Equal("T004", problem.Id);
        Assert.Equal("Summary of the week", problem.Place!.Heading);
        Assert.Equal("paragraph 3 («The total was {{ total | shout }} events…»), under «Summary of the week»", problem.Place.InWord);
    }
}
