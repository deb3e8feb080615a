using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>Tracked changes make a tag ambiguous: one T012 counts them all and names the first paragraph that has one.</summary>
public sealed class TrackedChangesTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void All_tracked_changes_of_a_part_are_one_problem_naming_the_first()
    {
        var date = new DateTime(2021, 4, 1);
        var template = _engine.SaveTemplate(new DocxBuilder().Body(
            P("Plain"),
            P(new InsertedRun(R("{{ name }}")) { Id = "1", Author = "Editor", Date = date }),
            P("Plain again"),
            P(new DeletedRun(new Run(new DeletedText("old"))) { Id = "2", Author = "Editor", Date = date },
              new InsertedRun(R("new")) { Id = "3", Author = "Editor", Date = date })));

        var problems = new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(template);

        var problem = Assert.Single(problems);
        Assert.Equal(("T012", 2), (problem.Id, problem.Place!.Paragraph));
        Assert.Contains("3 tracked change(s) in body, first in paragraph 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_tracked_changes_has_no_such_problem() =>
        Assert.Empty(new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Check(_engine.SaveTemplate(new DocxBuilder().Body(P("{{ name }}")))));
}
