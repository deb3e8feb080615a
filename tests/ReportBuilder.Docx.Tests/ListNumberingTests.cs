using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>Lists inside loops: pasted paragraphs naming a list that does not exist, and lists with their own level overrides.</summary>
public sealed class ListNumberingTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private const string People = """{ "people": [ { "name": "Ann", "cases": ["a1", "a2"] }, { "name": "Bob", "cases": ["b1"] } ] }""";

    [Fact]
    public void A_paragraph_numbered_with_an_undefined_list_is_left_unnumbered_with_a_located_warning()
    {
        // Inside the inner loop the list would restart in each repetition: it must not need a definition to do so.
        var template = new DocxBuilder().Body(P("{{#each people}}"), P("{{name}}"), P("{{#each cases}}"), ListP(42, R("{{this}}")), P("{{/each}}"), P("{{/each}}"));

        var (path, result) = _engine.Render(template, People);

        Assert.Equal(["Ann", "a1", "a2", "Bob", "b1"], DocxText.BodyParagraphs(path));
        var warning = Assert.Single(result.Warnings, w => w.Id == "T016");
        Assert.Contains("list 42", warning.Message, StringComparison.Ordinal);
        Assert.Contains("it is left unnumbered", warning.Message, StringComparison.Ordinal);
        Assert.Equal(4, warning.Place!.Paragraph);
        // Left unnumbered indeed: no paragraph of the draft points at the undefined list.
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        var numbered = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.NumberingId>();
        Assert.DoesNotContain(numbered, n => n.Val?.Value == 42);
    }

    [Fact]
    public void A_restarted_list_keeps_the_original_level_overrides()
    {
        var templatePath = _engine.SaveTemplate(new DocxBuilder().Body(
            P("{{#each people}}"), ListP(1, R("{{name}}")), P("{{#each cases}}"), ListP(2, R("{{this}}")), P("{{/each}}"), P("{{/each}}")));
        using (var document = WordprocessingDocument.Open(templatePath, true))
        {
            // List 2 carries its own format for level 0, as a list pasted from elsewhere does.
            var instance = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == 2);
            instance.Append(new LevelOverride(new Level(new NumberingFormat { Val = NumberFormatValues.LowerRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { LevelIndex = 0 });
            document.MainDocumentPart.NumberingDefinitionsPart.Numbering.Save();
        }

        var (path, _) = _engine.RenderFile(templatePath, People);

        using var output = WordprocessingDocument.Open(path, false);
        var numbering = output.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var caseLists = output.MainDocumentPart.Document.Body!.Elements<Paragraph>()
            .Where(p => DocxText.Text(p) is "a1" or "b1")
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.Equal(2, caseLists.Distinct().Count());
        foreach (var numId in caseLists)
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
            var level0 = instance.Elements<LevelOverride>().Single(o => o.LevelIndex!.Value == 0);
            Assert.Equal(1, level0.StartOverrideNumberingValue!.Val!.Value);
            Assert.Equal(NumberFormatValues.LowerRoman, level0.Level!.NumberingFormat!.Val!.Value);
        }
    }
}
