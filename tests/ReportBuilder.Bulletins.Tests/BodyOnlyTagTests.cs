using ReportBuilder.Docx;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>{{ summary.chart }} and {{ item.review }} become a chart and comments in the body: anywhere else they are reported, not left as text.</summary>
public sealed class BodyOnlyTagTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_chart_tag_in_a_header_is_a_located_error()
    {
        var template = new DocxBuilder().Header(P("{{ summary.chart }}")).Body(P("{{ period.text }}")).Save(_temp.File("t.docx"));

        var e = Assert.Throws<TemplateException>(() => DraftFixture.GenerateWithTemplate(template));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("T018", "header1"), (problem.Id, problem.Location!.Part));
        Assert.Contains("works only in the body", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_body_it_becomes_the_chart()
    {
        var template = new DocxBuilder().Body(P("{{ period.text }}"), P("{{ summary.chart }}")).Save(_temp.File("t.docx"));
        DraftFixture.GenerateWithTemplate(template);
    }
}
