using ReportBuilder.Docx;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>A path the bulletin's data does not have is a template error with the nearest one, not a marker that looks like an empty cell.</summary>
public sealed class UnknownPathTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("{{#each items as item}}", "{{ item.persn.name }}", "{{/each}}", "did you mean item.person?")]
    [InlineData("{{#each items as item}}", "{{ item.person.nmae }}", "{{/each}}", "did you mean item.person.name?")]
    [InlineData("{{#each context}}", "{{ txt }}", "{{/each}}", "did you mean text?")]
    [InlineData("", "{{ perod.text }}", "", "did you mean period?")]
    [InlineData("{{#each items as item}}", "{{#if item.isVerdcit}}x{{/if}}", "{{/each}}", "did you mean item.isVerdict?")]
    public void Is_a_template_error_with_a_suggestion(string open, string tag, string close, string suggestion)
    {
        var paragraphs = new[] { open, tag, close }.Where(p => p.Length > 0).Select(p => (DocumentFormat.OpenXml.OpenXmlElement)P(p)).ToArray();
        var template = new DocxBuilder().Body(paragraphs).Save(_temp.File("t.docx"));

        var e = Assert.Throws<TemplateException>(() => DraftFixture.GenerateWithTemplate(template));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("T017", problem.Id);
        Assert.Contains(suggestion, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_register_columns_and_loop_variables_are_not_mistakes()
    {
        var template = new DocxBuilder().Body(P("{{#each items as item}}"), P("{{@number}} {{ item.extra.Anything }} {{ item.person.affiliations.length }}"), P("{{/each}}")).Save(_temp.File("t.docx"));
        DraftFixture.GenerateWithTemplate(template);
    }
}
