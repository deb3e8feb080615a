using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>A template with ten different mistakes reports all ten, each with its location, in one pass.</summary>
public sealed class ErrorReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reports_ten_mistakes_with_their_locations()
    {
        var template = new DocxBuilder()
            .Header(P("{{#loop x}}"))                               // 10 header1 ¶1: unknown block
            .Body(
                P("Dear {{name"),                                   // 1 ¶1: unclosed tag
                P("text }} stray"),                                 // 2 ¶2: }} without {{
                P("{{a ==}}"),                                      // 3 ¶3: syntax error
                P("{{x | shout}}"),                                 // 4 ¶4: unknown filter
                P("{{/each}}"),                                     // 5 ¶5: close without open
                P("{{#each xs}}"),
                P("item"),
                P("{{/if}}"),                                       // 6 ¶8: #each closed by /if
                P("{{else}}"),                                      // 7 ¶9: else outside a block
                P("{{#each rows}}"),                                // 8 ¶10: open in body, close in a cell
                Table(Row(Cell("{{/each}}"))),
                P("{{#if open}}"))                                  // 9 ¶12: never closed
            .Save(_temp.File("ten.docx"));

        var problems = new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(template);

        var expected = new[]
        {
            ("T001", "body", 1, "{{"), ("T002", "body", 2, "}}"), ("T003", "body", 3, "{{a ==}}"),
            ("T004", "body", 4, "{{x | shout}}"), ("T006", "body", 5, "{{/each}}"), ("T007", "body", 8, "{{/if}}"),
            ("T009", "body", 9, "{{else}}"), ("T008", "body", 10, "{{#each rows}}"), ("T005", "body", 12, "{{#if open}}"),
            ("T003", "header1", 1, "{{#loop x}}"),
        };
        Assert.Equal(expected.Order(), problems.Select(p => (p.Id, p.Place!.Part, p.Place.Paragraph, p.Place.Tag)).Order());
        Assert.All(problems, p => Assert.Equal("ten.docx", p.File));
        Assert.Contains("Dear {{name", problems.Single(p => p.Id == "T001").Place!.Context, StringComparison.Ordinal);
        Assert.Contains("the opening tag is in the body, the closing tag is in a table cell", problems.Single(p => p.Id == "T008").Message, StringComparison.Ordinal);
        Assert.Contains("Known filters: default, join, lower, upper", problems.Single(p => p.Id == "T004").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_a_template_with_errors_throws_them_all_and_writes_nothing()
    {
        var template = new DocxBuilder().Body(P("{{a ==}}"), P("{{#if x}}")).Save(_temp.File("bad.docx"));
        using var output = new MemoryStream();

        var e = Assert.Throws<TemplateException>(() =>
            new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(template, null, output));

        Assert.Equal(["T003", "T005"], e.Problems.Select(p => p.Id));
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [InlineData("missing", "the file does not exist")]
    [InlineData("doc", "Word 97-2003 document (.doc)")]
    [InlineData("corrupt", "the file is damaged: its zip structure is damaged")]
    [InlineData("text", "it is not a Word document")]
    public void Names_what_is_wrong_with_a_template_file(string kind, string expected)
    {
        var path = _temp.File("template.docx");
        if (kind == "doc") File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        if (kind == "corrupt") File.WriteAllText(path, "PK\u0003\u0004 not really a zip");
        if (kind == "text") File.WriteAllText(path, "Dear {{ name }}, this was saved as plain text.");

        var e = Assert.Throws<TemplateException>(() => new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("T014", "template.docx"), (problem.Id, problem.File));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
