using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>
/// {{#list}}: optional parts joined as the language joins them, so no combination of present
/// and absent parts leaves a dangling comma or "and".
/// </summary>
public sealed class ListBlockTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private const string Sentence = "The court ordered{{#list}} him to pay {{part fees}}fees of {{fees}}{{part fund}}{{fund}} to the fund{{part hours}}{{hours}} hours of work{{/list}}.";

    [Theory]
    [InlineData("""{ "fees": 10, "fund": 20, "hours": 30 }""", "The court ordered him to pay fees of 10, 20 to the fund and 30 hours of work.")]
    [InlineData("""{ "fees": 10, "hours": 30 }""", "The court ordered him to pay fees of 10 and 30 hours of work.")]
    [InlineData("""{ "fund": 20 }""", "The court ordered him to pay 20 to the fund.")]
    [InlineData("""{ "hours": 30 }""", "The court ordered him to pay 30 hours of work.")]
    [InlineData("""{ }""", "The court ordered.")]
    public void Joins_the_parts_present_and_drops_the_lead_when_none_is(string json, string expected)
    {
        var (path, result) = _engine.Render(new DocxBuilder().Body(P(Sentence)), json);
        Assert.Equal([expected], DocxText.BodyParagraphs(path));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Uses_the_draft_language_word_or_the_one_the_tag_names()
    {
        var template = new DocxBuilder().Body(P("{{#list}}{{part}}{{a}}{{part}}{{b}}{{part}}{{c}}{{/list}}; {{#list \"or\"}}{{part}}{{a}}{{part}}{{b}}{{/list}}"));
        var options = new TemplateOptions { Culture = CultureInfo.GetCultureInfo("ru-RU"), ListAnd = "и" };
        var (path, _) = _engine.Render(template, """{ "a": "а", "b": "б", "c": "в" }""", options);
        Assert.Equal(["а, б и в; а or б"], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void A_part_that_prints_only_spaces_counts_as_absent_and_part_edges_are_trimmed()
    {
        var template = new DocxBuilder().Body(P("[{{#list}}{{part}} {{a}} {{part}} {{empty}} {{part}}{{c}}{{/list}}]"));
        var (path, _) = _engine.Render(template, """{ "a": "x", "empty": "", "c": "z" }""");
        Assert.Equal(["[x and z]"], DocxText.BodyParagraphs(path));
    }

    [Fact]
    public void Separators_take_the_formatting_of_their_part_tag()
    {
        var template = new DocxBuilder().Body(P(R("{{#list}}{{part}}"), R("{{a}}", bold: true), R("{{part}}", bold: true), R("{{b}}", bold: true), R("{{/list}}")));
        var (path, _) = _engine.Render(template, """{ "a": "x", "b": "y" }""");
        using var document = WordprocessingDocument.Open(path, false);
        var separator = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText == " and ");
        Assert.NotNull(separator.RunProperties?.Bold);
    }

    [Theory]
    [InlineData("{{#list}}{{part}}a{{else}}b{{/list}}", "T009")]
    [InlineData("{{#if x}}{{part}}a{{/if}}", "T009")]
    [InlineData("{{part}}a", "T009")]
    [InlineData("{{#list}}a{{/if}}", "T007")]
    public void Misplaced_parts_and_else_are_template_errors(string text, string id)
    {
        var path = _engine.SaveTemplate(new DocxBuilder().Body(P(text)));
        var problems = new TemplateEngine(new Filters.FilterRegistry(), new TemplateOptions()).Check(path);
        Assert.Contains(problems, p => p.Id == id);
    }

    [Fact]
    public void A_list_whose_tags_stand_in_two_paragraphs_is_refused()
    {
        var path = _engine.SaveTemplate(new DocxBuilder().Body(P("{{#list}}"), P("{{part}}a"), P("{{/list}}")));
        var problems = new TemplateEngine(new Filters.FilterRegistry(), new TemplateOptions()).Check(path);
        Assert.Contains(problems, p => p.Id == "T008" && p.Message.Contains("one paragraph", StringComparison.Ordinal));
    }
}
