using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

public sealed class ValuesTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Inserts_paths_indexes_and_filters()
    {
        var template = new DocxBuilder().Body(
            P("Name: {{ person.surname }} {{person.given | upper}}"),
            P("First: {{ items[0].date }}, count {{items.length}}"),
            P("Or: {{ person.nickname | default “none” }}; all: {{ tags | join \" / \" }}"));

        var (path, result) = _engine.Render(template, """
            { "person": { "surname": "SABANSHIYEV", "given": "Yerkyn" },
              "items": [ { "date": "7 April 2021" }, { "date": "later" } ],
              "tags": ["DCK", "Koshe"] }
            """);

        Assert.Equal(["Name: SABANSHIYEV YERKYN", "First: 7 April 2021, count 2", "Or: none; all: DCK / Koshe"], DocxText.BodyParagraphs(path));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_value_keeps_the_formatting_of_its_tags_first_character()
    {
        var template = new DocxBuilder().Body(P(R("Dear "), R("{{", bold: true), R("name}}"), R(", welcome")));

        var (path, _) = _engine.Render(template, """{ "name": "Yerkyn" }""");

        using var document = WordprocessingDocument.Open(path, false);
        var run = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText == "Yerkyn");
        Assert.NotNull(run.RunProperties?.Bold);
        Assert.Equal("Dear Yerkyn, welcome", DocxText.Body(path));
    }

    [Fact]
    public void Newlines_become_line_breaks_and_text_is_escaped_and_cleaned()
    {
        var template = new DocxBuilder().Body(P("{{text}}"));

        var (path, _) = _engine.Render(template, """{ "text": "line one\nline <two> & \"three\"\u0001\ttab" }""");

        Assert.Equal("line one\nline <two> & \"three\"\ttab", DocxText.Body(path));
    }

    [Fact]
    public void A_missing_value_shows_a_marker_and_is_reported_with_its_location()
    {
        var template = new DocxBuilder().Body(P("Intro"), P("Court: {{ event.court }}."));

        var (path, result) = _engine.Render(template, """{ "event": {} }""");

        Assert.Equal(["Intro", "Court: [[event.court?]]."], DocxText.BodyParagraphs(path));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("T010", "body", 2, "{{ event.court }}"), (warning.Id, warning.Place!.Part, warning.Place.Paragraph, warning.Place.Tag));
        Assert.Contains("Court: {{ event.court }}.", warning.Place.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_makes_a_missing_value_an_error()
    {
        var template = _engine.SaveTemplate(new DocxBuilder().Body(P("{{ nothing }}")));

        var e = Assert.Throws<TemplateException>(() => _engine.RenderFile(template, "{}", new TemplateOptions { Strict = true }));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("T010", problem.Id);
        // Nothing was written, so the message must not speak of a marker in a draft.
        Assert.Contains("nothing was written", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the draft shows", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fills_headers_footers_footnotes_tables_and_text_boxes()
    {
        var template = new DocxBuilder()
            .Header(P("Bulletin {{period}}"))
            .Footer(P("Page footer {{org}}"))
            .Footnote(P("Source: {{source}}"))
            .Body(Table(Row(Cell("{{a}}"), Cell("{{b}}"))), TextBox(P("In a box: {{box}}")));

        var (path, _) = _engine.Render(template, """{ "period": "2021-W14", "org": "KIBHR", "source": "court", "a": "A", "b": "B", "box": "boxed" }""");

        Assert.Equal(["Bulletin 2021-W14"], DocxText.HeaderParagraphs(path));
        Assert.Equal(["Page footer KIBHR"], DocxText.FooterParagraphs(path));
        Assert.Equal(["Source: court"], DocxText.FootnoteParagraphs(path));
        var all = DocxText.AllBodyParagraphs(path);
        Assert.Contains("A", all);
        Assert.Contains("B", all);
        Assert.Contains("In a box: boxed", all);
    }

    [Fact]
    public void A_dotx_template_produces_a_docx_document()
    {
        var (path, _) = _engine.Render(new DocxBuilder().Body(P("{{x}}")).Header(P("Letterhead")), """{ "x": "from a template" }""", dotx: true);

        using (var document = WordprocessingDocument.Open(path, false))
        {
            Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, document.DocumentType);
            // The main part is word/document.xml, as Word writes it, with its relationships intact.
            Assert.Equal("/word/document.xml", document.MainDocumentPart!.Uri.OriginalString);
            Assert.Equal(["Letterhead"], DocxText.HeaderParagraphs(path));
        }
        Assert.Equal("from a template", DocxText.Body(path));
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
        Assert.Contains(zip.Entries, e => e.FullName == "word/_rels/document.xml.rels");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("word/document2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_template_file_is_never_modified()
    {
        var template = _engine.SaveTemplate(new DocxBuilder().Body(P(R("{{"), R("x}}"))));
        var bytes = File.ReadAllBytes(template);
        var stamp = File.GetLastWriteTimeUtc(template);

        _engine.RenderFile(template, """{ "x": 1 }""");

        Assert.Equal(bytes, File.ReadAllBytes(template));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(template));
    }
}
