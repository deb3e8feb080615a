using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Language;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>Filters declare their options, and the check stage finds a misspelt one in every branch, taken or not.</summary>
public sealed class FilterArgumentCheckTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("{{ item.hours | count \"hours\" }}", "count needs a noun first")]
    [InlineData("{{ item.termMonths | term \"dativ\" }}", "unknown option 'dativ'")]
    [InlineData("{{ item.fine | money \"usd\" }}", "money takes one option")]
    [InlineData("{{ item.person | gender \"был\" }}", "gender takes two texts")]
    [InlineData("{{ item.date | date \"long\" }}", "date takes no options")]
    [InlineData("{{#list}}{{part item.x | years \"adj\"}}a{{/list}}", "unknown option 'adj'")]
    public void A_wrong_option_in_a_branch_that_is_never_taken_is_still_an_error(string tag, string message)
    {
        var path = new DocxBuilder().Body(P("{{#if false}}" + tag + "{{/if}}")).Save(_temp.File("t.docx"));

        var problems = new TemplateEngine(BulletinFilters.Create(new RussianRules()), new TemplateOptions()).Check(path);

        var problem = Assert.Single(problems);
        Assert.Equal("T011", problem.Id);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Right_options_pass()
    {
        var path = new DocxBuilder().Body(P("{{#if false}}{{ a | count \"daynight\" \"acc\" \"words\" }} {{ b | years \"adjective\" }} {{ c | money \"kzt\" }} {{ d | words \"gen\" \"f\" }}{{/if}}")).Save(_temp.File("t.docx"));
        Assert.Empty(new TemplateEngine(BulletinFilters.Create(new EnglishRules()), new TemplateOptions()).Check(path));
    }
}
