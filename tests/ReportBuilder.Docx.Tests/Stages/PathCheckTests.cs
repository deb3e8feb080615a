using System.Globalization;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests.Stages;

/// <summary>
/// The check stage with the data's shape known: a path the data does not have is T017 with the
/// nearest path that it has, in every scope the engine renders with; a path it has is nothing.
/// </summary>
public sealed class PathCheckTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private static readonly DataShape Shape = DataShape.FromSample(TemplateData.FromJson("""
        { "title": "T", "flag": true, "person": { "name": "Ann", "city": "Almaty" },
          "items": [ { "name": "a", "extra": { "x": 1 }, "cases": [ { "number": 1 } ] } ] }
        """), "items.extra");

    /// <summary>(template paragraph, the suggestion T017 gives, or null when the paths are all right.)</summary>
    public static TheoryData<string, string?> Cases => new()
    {
        { "{{ person.name }} {{ title }} {{ flag }}", null },
        { "{{ persn.name }}", "did you mean person?" },
        { "{{ person.nmae }}", "did you mean person.name?" },
        { "{{ person.zzzzzzzz }}", "is not in the bulletin's data." },
        { "{{ qqqqqqqq }}", "is not in the bulletin's data." },
        { "{{ items.length }} {{ items.count }} {{ items[0].name }} {{ title.length }}", null },
        { "{{ items[0].nmae }}", "did you mean items.name?" },
        { "{{#each items}}{{ name }} {{ @index }} {{ this }}{{/each}}", null },
        { "{{#each items}}{{ nmae }}{{/each}}", "did you mean name?" },
        { "{{#each items as item}}{{ item.name }} {{ item.extra.anything }} {{ title }}{{/each}}", null },
        { "{{#each items as item}}{{ item.nmae }}{{/each}}", "did you mean item.name?" },
        { "{{#each items as item}}{{#each item.cases as c}}{{ c.number }} {{ item.name }}{{/each}}{{/each}}", null },
        { "{{#each items as item}}{{#each item.cases as c}}{{ c.nmber }}{{/each}}{{/each}}", "did you mean c.number?" },
        { "{{#each items as item}}x{{else}}{{ item.name }}{{/each}}", "did you mean items?" },
        { "{{#if flgg }}x{{/if}}", "did you mean flag?" },
        { "{{#if flag }}x{{else if flgg}}y{{/if}}", "did you mean flag?" },
        { "{{ person.name | default persn.name }}", "did you mean person?" },
        { "{{#if not flgg}}x{{/if}}", "did you mean flag?" },
        { "{{#if flag and flgg}}x{{/if}}", "did you mean flag?" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unknown_paths_are_named_with_the_nearest_known_one(string paragraph, string? expected)
    {
        var template = _engine.SaveTemplate(new DocxBuilder().Body(P(paragraph)));
        var engine = new TemplateEngine(new FilterRegistry(), new TemplateOptions { Shape = Shape });

        var problems = engine.Check(template);

        if (expected is null)
        {
            Assert.Empty(problems);
            return;
        }
        var problem = Assert.Single(problems);
        Assert.Equal("T017", problem.Id);
        Assert.EndsWith(expected, problem.Message.Split(" The README")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", true, "true")]
    [InlineData("en-GB", 1234.5, "1234.5")]
    [InlineData("ru-RU", 1234.5, "1234,5")]
    [InlineData("en-GB", "text", "text")]
    [InlineData("en-GB", null, "")]
    public void A_value_without_a_filter_prints_in_the_draft_s_culture(string culture, object? value, string expected) =>
        Assert.Equal(expected, ValueText.Format(value, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Dates_and_lists_print_in_the_draft_s_culture()
    {
        var ru = CultureInfo.GetCultureInfo("ru-RU");
        Assert.Equal("07.04.2021", ValueText.Format(new DateOnly(2021, 4, 7), ru));
        Assert.Equal("07/04/2021", ValueText.Format(new DateTime(2021, 4, 7), CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("a, 2, ", ValueText.Format(new object?[] { "a", 2, null }, ru));
        Assert.Equal("", ValueText.Format(Missing.Value, ru));
    }
}
