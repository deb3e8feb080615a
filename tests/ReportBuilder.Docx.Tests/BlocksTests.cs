using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

public sealed class BlocksTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private const string People = """
        { "title": "List", "people": [
            { "name": "Ann", "female": true, "age": 30, "cases": ["a1", "a2"] },
            { "name": "Bob", "female": false, "age": 12, "cases": [] },
            { "name": "Cy", "female": false, "age": 45, "cases": ["c1"] } ] }
        """;

    [Fact]
    public void Paragraph_loops_repeat_paragraphs_with_loop_variables_and_leave_no_tag_paragraphs()
    {
        var template = new DocxBuilder().Body(
            P("Before"),
            P("{{#each people}}"),
            P("{{@number}}. {{name}} ({{@index}}){{#if @first}} first{{/if}}{{#if @last}} last{{/if}} in {{title}}"),
            P("{{/each}}"),
            P("After"));

        var (path, _) = _engine.Render(template, People);

        Assert.Equal(["Before", "1. Ann (0) first in List", "2. Bob (1) in List", "3. Cy (2) last in List", "After"], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void Named_items_and_outer_scopes_stay_visible_in_nested_loops()
    {
        var template = new DocxBuilder().Body(
            P("{{#each people as p}}"),
            P("{{#each p.cases as c}}"),
            P("{{title}}: {{p.name}} {{c}} ({{@number}})"),
            P("{{/each}}"),
            P("{{/each}}"));

        var (path, _) = _engine.Render(template, People);

        Assert.Equal(["List: Ann a1 (1)", "List: Ann a2 (2)", "List: Cy c1 (1)"], DocxText.BodyParagraphs(path));
    }

    [Theory]
    [InlineData("""{ "n": 1 }""", "one")]
    [InlineData("""{ "n": 2 }""", "two")]
    [InlineData("""{ "n": 7 }""", "many")]
    [InlineData("""{ }""", "many")]
    public void If_else_if_else_choose_one_branch_of_paragraphs(string json, string expected)
    {
        var template = new DocxBuilder().Body(
            P("{{#if n == 1}}"), P("one"), P("{{else if n == 2}}"), P("two"), P("{{else}}"), P("many"), P("{{/if}}"), P("end"));

        var (path, _) = _engine.Render(template, json);

        Assert.Equal([expected, "end"], DocxText.BodyParagraphs(path));
    }

    [Theory]
    [InlineData("a == 1 and b", true)]
    [InlineData("a == 1 and not b", false)]
    [InlineData("a != 1 or c > 2", true)]
    [InlineData("c < 2", false)]
    [InlineData("s == \"x\"", true)]
    [InlineData("missing", false)]
    [InlineData("not missing", true)]
    [InlineData("empty", false)]
    [InlineData("list", true)]
    [InlineData("zero", false)]
    [InlineData("text", true)]
    [InlineData("blank", false)]
    public void Conditions_follow_operators_and_truthiness(string condition, bool expected)
    {
        var template = new DocxBuilder().Body(P("start"), P($"x{{{{#if {condition}}}}}-yes{{{{/if}}}}"));

        var (path, _) = _engine.Render(template, """{ "a": 1, "b": true, "c": 3, "s": "x", "empty": [], "list": [1], "zero": 0, "text": "t", "blank": "" }""");

        Assert.Equal(expected ? "x-yes" : "x", DocxText.BodyParagraphs(path)[1]);
    }

    [Fact]
    public void A_false_condition_or_empty_loop_leaves_no_blank_line()
    {
        var template = new DocxBuilder().Body(
            P("top"),
            P("{{#if no}}"), P("hidden"), P("{{/if}}"),
            P("{{#each none}}"), P("item"), P("{{/each}}"),
            P(R("{{#if no}}inline only{{/if}}")),
            P("bottom"));

        var (path, _) = _engine.Render(template, """{ "no": false, "none": [] }""");

        Assert.Equal(["top", "bottom"], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void Each_with_else_renders_the_else_for_an_empty_list()
    {
        var template = new DocxBuilder().Body(P("{{#each none}}"), P("item"), P("{{else}}"), P("No events this week."), P("{{/each}}"));

        var (path, _) = _engine.Render(template, """{ "none": [] }""");

        Assert.Equal(["No events this week."], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void Row_loops_repeat_rows_keeping_merged_cells_shading_and_borders()
    {
        var template = new DocxBuilder().Body(Table(
            Row(Cell("Name"), Cell("Cases"), Cell("Note")),
            Row(ShadedCell("{{#each people}}{{name}}"), Cell("{{cases | join}}"), Cell("{{age}}{{/each}}")),
            Row(SpanCell("Total {{people.length}}", 3))));

        var (path, _) = _engine.Render(template, People);

        using var document = WordprocessingDocument.Open(path, false);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
        Assert.Equal(["Name|Cases|Note", "Ann|a1, a2|30", "Bob||12", "Cy|c1|45", "Total 3"],
            rows.Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))));
        Assert.All(rows.Skip(1).Take(3), r => Assert.Equal("FFEE00", r.Elements<TableCell>().First().TableCellProperties!.Shading!.Fill!.Value));
        Assert.All(rows.Skip(1).Take(3), r => Assert.NotNull(r.Elements<TableCell>().First().TableCellProperties!.TableCellBorders));
        Assert.Equal(3, rows[4].Elements<TableCell>().Single().TableCellProperties!.GridSpan!.Val!.Value);
    }

    [Fact]
    public void An_empty_row_loop_removes_the_row_and_keeps_the_table_valid()
    {
        var template = new DocxBuilder().Body(Table(Row(Cell("{{#each none}}{{x}}"), Cell("{{/each}}"))), P("after"));

        var (path, _) = _engine.Render(template, """{ "none": [] }""");

        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(document.MainDocumentPart!.Document.Body!.Descendants<Table>());
        Assert.Equal(["after"], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void Inline_blocks_work_inside_one_paragraph()
    {
        var template = new DocxBuilder().Body(P("{{#each people}}{{name}}{{#if female}} (f){{/if}}{{#if not @last}}, {{/if}}{{/each}}."));

        var (path, _) = _engine.Render(template, People);

        Assert.Equal("Ann (f), Bob, Cy.", DocxText.Body(path));
    }

    [Fact]
    public void Blocks_nest_to_any_depth()
    {
        var template = new DocxBuilder().Body(
            P("{{#each a}}"), P("{{#each b}}"), P("{{#each c}}"), P("{{#if v > 1}}"),
            P("{{v}}"),
            P("{{/if}}"), P("{{/each}}"), P("{{/each}}"), P("{{/each}}"));

        var (path, _) = _engine.Render(template, """{ "a": [ { "b": [ { "c": [ {"v": 1}, {"v": 2} ] }, { "c": [ {"v": 3} ] } ] }, { "b": [ { "c": [ {"v": 4} ] } ] } ] }""");

        Assert.Equal(["2", "3", "4"], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void Repeated_numbered_items_keep_counting_and_lists_inside_each_repetition_restart()
    {
        // Outer loop repeats "1)" items (list 1); each item holds its own "1." list (list 2),
        // which must restart at 1 in every repetition.
        var template = new DocxBuilder().Body(
            P("{{#each people}}"),
            ListP(1, R("{{name}}")),
            P("{{#each cases}}"),
            ListP(2, R("{{this}}")),
            P("{{/each}}"),
            P("{{/each}}"));

        var (path, _) = _engine.Render(template, People);

        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Elements<Paragraph>().ToList();
        var numIds = paragraphs.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.Equal(["Ann", "a1", "a2", "Bob", "Cy", "c1"], paragraphs.Select(DocxText.Text));
        // The items share list 1, so Word numbers them 1) 2) 3).
        Assert.Equal([1, 1, 1], new[] { numIds[0], numIds[3], numIds[4] });
        // Each repetition's inner list is a fresh instance of list 2's definition that restarts at 1.
        Assert.NotEqual(numIds[1], numIds[5]);
        Assert.Equal(numIds[1], numIds[2]);
        var instances = main.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value);
        foreach (var id in new[] { numIds[1], numIds[5] })
        {
            Assert.Equal(1, instances[id].AbstractNumId!.Val!.Value);
            Assert.Equal(1, instances[id].Elements<LevelOverride>().First().StartOverrideNumberingValue!.Val!.Value);
        }
    }

    [Fact]
    public void Lists_numbered_through_their_style_restart_too()
    {
        var template = new DocxBuilder().Body(
            P("{{#each people}}"), P("{{name}}"), P("{{#each cases}}"), StyledP("ListNumber", R("{{this}}")), P("{{/each}}"), P("{{/each}}"));

        var (path, _) = _engine.Render(template, People);

        using var document = WordprocessingDocument.Open(path, false);
        var listed = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListNumber").ToList();
        Assert.Equal(3, listed.Count);
        var ids = listed.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
    }
}
