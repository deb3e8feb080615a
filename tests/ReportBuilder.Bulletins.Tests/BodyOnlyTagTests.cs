using DocumentFormat.OpenXml.Packaging;
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
        Assert.Equal(("T018", "header1"), (problem.Id, problem.Place!.Part));
        Assert.Contains("works only in the body", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_body_it_becomes_the_chart()
    {
        var template = new DocxBuilder().Body(P("{{ period.text }}"), P("{{ summary.chart }}")).Save(_temp.File("t.docx"));

        var draft = DraftFixture.GenerateWithTemplate(template);

        DocxValidation.AssertValid(draft, "draft");
        using var document = WordprocessingDocument.Open(new MemoryStream(draft), false);
        var main = document.MainDocumentPart!;
        var chart = Assert.Single(main.ChartParts);
        var reference = Assert.Single(main.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>());
        Assert.Equal(main.GetIdOfPart(chart), reference.Id!.Value);
        Assert.DoesNotContain("{{", main.Document.Body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("summary.chart", main.Document.Body.InnerText, StringComparison.Ordinal);
    }
}
