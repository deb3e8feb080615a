using System.Text.RegularExpressions;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>XML comments and processing instructions a tool left in a template are ignored, wherever they stand.</summary>
public sealed class XmlMiscNodeTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    public static TheoryData<string, string> Placements()
    {
        var data = new TheoryData<string, string>();
        foreach (var node in new[] { "<!-- editor's note -->", "<?generator step-2?>" })
        {
            foreach (var place in new[] { "paragraph-start", "before-tag-text", "after-tag-text", "after-tag-run", "in-properties", "in-run-properties", "in-tag-text", "inside-tag" })
                data.Add(node, place);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public void A_comment_or_instruction_leaves_no_blank_paragraph_and_no_invalid_draft(string node, string place)
    {
        var saved = _engine.SaveTemplate(new DocxBuilder().Body(
            P("Dear {{ name }},"),
            P("{{#if show}}"),
            StyledP("Heading1", R("shown")),
            P("{{/if}}"),
            P(R("{{#if hide}}hidden{{/if}}", bold: true)),
            P("end")));
        var parts = ZipParts.Read(saved);
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        var edited = parts.Edit(main, xml => Insert(xml, node, place));
        Assert.Contains(node, edited.Text(main), StringComparison.Ordinal);
        var template = edited.Save(saved);

        var (path, _) = _engine.RenderFile(template, """{ "name": "Dana", "show": true, "hide": false }""");   // validated by the fixture

        Assert.Equal(["Dear Dana,", "shown", "end"], DocxText.BodyParagraphs(path));
    }

    private static string Insert(string xml, string node, string place)
    {
        var tagParagraph = Regex.Match(xml, "<w:p>(?:(?!<w:p>).)*?\\{\\{#if show\\}\\}", RegexOptions.Singleline).Index;
        var inlineParagraph = Regex.Match(xml, "<w:p>(?:(?!<w:p>).)*?\\{\\{#if hide\\}\\}", RegexOptions.Singleline).Index;
        int At(string what, int from) => xml.IndexOf(what, from, StringComparison.Ordinal);
        return place switch
        {
            "paragraph-start" => xml.Insert(tagParagraph + "<w:p>".Length, node),
            "before-tag-text" => xml.Insert(At("<w:t", tagParagraph), node),
            "after-tag-text" => xml.Insert(At("</w:t>", tagParagraph) + "</w:t>".Length, node),
            "after-tag-run" => xml.Insert(At("</w:r>", inlineParagraph) + "</w:r>".Length, node),
            "in-properties" => xml.Insert(At("<w:pPr>", 0) + "<w:pPr>".Length, node),
            "in-run-properties" => xml.Insert(At("<w:rPr>", inlineParagraph) + "<w:rPr>".Length, node),
            "in-tag-text" => xml.Insert(At("}}</w:t>", tagParagraph) + "}}".Length, node),
            "inside-tag" => xml.Insert(At("show}}", tagParagraph), node),
            _ => throw new ArgumentOutOfRangeException(nameof(place)),
        };
    }
}
