using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>
/// Where a block's tags may stand (one paragraph, paragraphs of their own beside each other, rows
/// of one table) and, for each way they stand wrong, the problem, its paragraph and the words
/// that tell staff what to move.
/// </summary>
public sealed class BlockPlacementTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, Func<OpenXmlElement[]>, string, int, string> Misplaced => new()
    {
        { "else with nothing open", () => [P("{{else}}")], "T009", 1, "there is no open {{#if}} or {{#each}} before it" },
        { "else in a list", () => [P("{{#list xs}}a{{else}}b{{/list}}")], "T009", 1, "a {{#list}} has {{part}} tags, not else" },
        { "part outside a list", () => [P("{{#if x}}a{{part}}b{{/if}}")], "T009", 1, "{{part}} belongs directly inside a {{#list}} … {{/list}}" },
        { "part with nothing open", () => [P("a{{part}}b")], "T009", 1, "{{part}} belongs directly inside a {{#list}} … {{/list}}" },
        { "a list over paragraphs", () => [P("{{#list xs}}"), P("a"), P("{{/list}}")], "T008", 1, "a {{#list}} joins parts of one sentence, so its tags stand in one paragraph" },
        { "else in a hyperlink", () => [P(R("{{#if x}}a"), Link(R("{{else}}")), R("b{{/if}}"))], "T009", 1, "it must stand in the same paragraph as its block's tags" },
        { "close in a hyperlink", () => [P(R("{{#if x}}a"), Link(R("{{/if}}")))], "T008", 1, "one tag is inside a hyperlink, field or content control and the other is not" },
        { "else not alone in its paragraph", () => [P("{{#if x}}"), P("a {{else}} b"), P("{{/if}}")], "T009", 2, "like its block's tags, it must stand alone in its own paragraph beside them" },
        { "else in a cell beside the block", () => [P("{{#if x}}"), Table(Row(Cell("{{else}}"))), P("{{/if}}")], "T009", 2, "like its block's tags, it must stand alone in its own paragraph beside them" },
        { "else in a block of rows", () => [Table(Row(Cell("{{#each xs}}")), Row(Cell("{{else}}")), Row(Cell("{{/each}}")))], "T009", 2, "a block that repeats or keeps table rows cannot have an else; use a second block" },
        { "tags sharing their paragraphs", () => [P("a {{#if x}}"), P("b {{/if}}")], "T008", 1, "they are in different paragraphs, and not each alone in its own paragraph" },
        { "an open tag beside a line break", () => [P(R("{{#if x}}"), new Run(new Break())), P("a"), P("{{/if}}")], "T008", 1, "they are in different paragraphs, and not each alone in its own paragraph" },
        { "a close tag beside a picture", () => [P("{{#if x}}"), P("a"), P(R("{{/if}}"), new Run(new Picture()))], "T008", 1, "they are in different paragraphs, and not each alone in its own paragraph" },
        { "tags in two tables", () => [Table(Row(Cell("{{#if x}}"))), Table(Row(Cell("{{/if}}")))], "T008", 1, "their paragraphs have different parents" },
        // The text box's own paragraph is the second: the first is the one that holds the box.
        { "open in a text box", () => [TextBox(P("{{#if x}}")), P("{{/if}}")], "T008", 2, "the opening tag is in txbxContent, the closing tag is in the body" },
        { "close in a cell", () => [P("{{#each xs}}"), Table(Row(Cell("{{/each}}")))], "T008", 1, "the opening tag is in the body, the closing tag is in a table cell" },
    };

    [Theory]
    [MemberData(nameof(Misplaced))]
    public void A_misplaced_tag_is_named_with_what_to_move(string layout, Func<OpenXmlElement[]> body, string id, int paragraph, string detail)
    {
        var problem = Assert.Single(Check(body()));
        // The layout's name rides along so that a failure says which layout it was.
        Assert.Equal((layout, id, paragraph, detail), (layout, problem.Id, problem.Place!.Paragraph, problem.Argument("detail")?.ToString()));
    }

    [Theory]
    [InlineData("{{#each xs}}a", "T005", "{{/each}}")]
    [InlineData("{{#list xs}}a", "T005", "{{/list}}")]
    [InlineData("{{#if x}}a", "T005", "{{/if}}")]
    [InlineData("{{#each xs}}a{{/if}}", "T007", "{{/each}}")]
    [InlineData("{{#list xs}}a{{/each}}", "T007", "{{/list}}")]
    [InlineData("{{#if x}}a{{/list}}", "T007", "{{/if}}")]
    public void An_unclosed_or_crossed_block_says_which_close_it_expects(string text, string id, string expected)
    {
        var problem = Assert.Single(Check([P(text)]));
        Assert.Equal((id, expected), (problem.Id, problem.Argument("expected")?.ToString()));
    }

    [Fact]
    public void Blocks_standing_right_are_accepted_in_each_placement()
    {
        Assert.Empty(Check([
            P("{{#if x}}a{{else}}b{{/if}}"),
            P("{{#list xs}}a{{part}}b{{/list}}"),
            P("{{#each xs}}"), P("item"), P("{{else}}"), P("none"), P("{{/each}}"),
            Table(Row(Cell("{{#each xs}}")), Row(Cell("{{name}}")), Row(Cell("{{/each}}"))),
            Table(Row(Cell(P("{{#if x}}"), P("in the cell"), P("{{/if}}")))),
        ]));
    }

    private IReadOnlyList<ReportBuilder.Problems.Problem> Check(OpenXmlElement[] body)
    {
        var path = new DocxBuilder().Body(body).Save(_temp.File($"t{Guid.NewGuid():N}.docx"));
        return new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path);
    }

    private static Hyperlink Link(params OpenXmlElement[] runs) => new(runs) { Anchor = "here" };
}
