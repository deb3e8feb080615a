using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>What the engine makes of the file around the tags: comments that hold a tag, and files that only look like Word's.</summary>
public sealed class TemplateFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_tag_in_a_comment_is_a_warning_naming_the_comment_and_other_comments_are_left_alone()
    {
        var path = new DocxBuilder().Body(P("Dear {{ name }},")).Save(_temp.File("commented.docx"));
        using (var document = WordprocessingDocument.Open(path, true))
        {
            var comments = document.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(
                new Comment(new Paragraph(new Run(new Text("Check the spelling")))) { Id = "1", Author = "Editor" },
                new Comment(new Paragraph(new Run(new Text("Should this be {{ name | upper }}?")))) { Id = "2", Author = "Editor" });
        }

        var problems = new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path);

        var problem = Assert.Single(problems);
        Assert.Equal(("T013", ReportBuilder.Problems.Severity.Warning, "Should this be {{ name | upper }}?"), (problem.Id, problem.Severity, problem.Argument("comment")?.ToString()));
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "Word 97-2003 document (.doc)")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }, "Word 97-2003 document (.doc)")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11 }, "it is not a Word document")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0x00, 0xA1 }, "it is not a Word document")]
    [InlineData(new byte[] { 0xD0, 0x00, 0x11, 0xE0, 0xA1 }, "it is not a Word document")]
    [InlineData(new byte[] { 0x00, 0xCF, 0x11, 0xE0, 0xA1 }, "it is not a Word document")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x00, 0xE0, 0xA1 }, "it is not a Word document")]
    public void Only_the_old_formats_own_signature_is_called_a_doc(byte[] bytes, string expected)
    {
        var path = _temp.File("template.docx");
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<TemplateException>(() => new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("T014", problem.Id);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        // The old format's advice only for the old format.
        Assert.Equal(expected.Contains(".doc", StringComparison.Ordinal), problem.Message.Contains("97-2003", StringComparison.Ordinal));
    }

    [Fact]
    public void The_finisher_sees_the_filled_document_and_the_warnings_and_what_it_adds_is_written()
    {
        var path = new DocxBuilder().Body(P("Dear {{ name }}, {{ missing }}")).Save(_temp.File("finished.docx"));
        using var output = new MemoryStream();
        var seen = new List<string>();

        new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(path, new Dictionary<string, object?> { ["name"] = "Dana" }, output, (document, warnings) =>
        {
            var body = document.MainDocumentPart!.Document.Body!;
            seen.Add(body.InnerText);
            seen.AddRange(warnings.Select(w => w.Id));
            body.AppendChild(P("Added by the finisher"));
        });

        Assert.Equal(["Dear Dana, [[missing?]]", "T010"], seen);
        Assert.Equal("Dear Dana, [[missing?]]\nAdded by the finisher", DocxText.Body(new MemoryStream(output.ToArray())));
    }

    [Theory]
    [InlineData("body", false)]
    [InlineData("header", true)]
    [InlineData("text box", true)]
    public void A_tag_the_finisher_replaces_must_stand_in_the_body(string where, bool refused)
    {
        var template = where switch
        {
            "body" => new DocxBuilder().Body(P("{{ summary }}")),
            "header" => new DocxBuilder().Body(P("text")).Header(P("{{ summary }}")),
            _ => new DocxBuilder().Body(TextBox(P("{{ summary }}"))),
        };
        var path = template.Save(_temp.File($"{where}.docx"));

        var problems = new TemplateEngine(new FilterRegistry(), new TemplateOptions { BodyOnlyPaths = new HashSet<string> { "summary" } }).Check(path);

        Assert.Equal(refused ? ["T018"] : [], problems.Select(p => p.Id));
    }
}
