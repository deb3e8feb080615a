using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
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

        var e = Assert.Throws<TemplateException>(() => Generate(template));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("T018", "header1"), (problem.Id, problem.Location!.Part));
        Assert.Contains("works only in the body", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_body_it_becomes_the_chart()
    {
        var template = new DocxBuilder().Body(P("{{ period.text }}"), P("{{ summary.chart }}")).Save(_temp.File("t.docx"));
        Generate(template);
    }

    private static void Generate(string template)
    {
        var loaded = RegisterLoader.Load([RepoPaths.File("templates", "sample-register.xlsx")], RepoPaths.Root, RegisterLayout.Default);
        var bulletin = BulletinBuilder.Build(loaded.Register, PeriodSpec.Parse("2021-04-07")!);
        using var output = new MemoryStream();
        DraftGenerator.Generate(bulletin, loaded.Register, [], "en", template, new TemplateOptions(), output, DateTime.UtcNow);
    }
}
