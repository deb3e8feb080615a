using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>Every outcome of a verdict gets a sentence that is true: an acquittal is not "sentenced to acquittal".</summary>
public sealed class VerdictOutcomeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("acquittal", "en", "was acquitted in a politically motivated criminal case")]
    [InlineData("acquittal", "ru", "был оправдан по политически мотивированному уголовному делу")]
    [InlineData("none", "en", "was illegally convicted without a sentence")]
    [InlineData("none", "ru", "был незаконно признан виновным без назначения наказания")]
    [InlineData("suspended", "en", "was illegally sentenced to a suspended sentence")]
    [InlineData("suspended", "ru", "был незаконно приговорён к условному сроку")]
    [InlineData("community-service", "ru", "был незаконно приговорён к общественным работам")]
    public void Each_outcome_reads_true(string punishment, string language, string expected)
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7), "verdict", punishment: punishment)])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));

        var text = DocxText.Body(DraftFixture.Generate(path, _temp.Path, "2021-04-07", language, _temp.Path).Path);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("acquittal", text.Replace("acquitted", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("наказание:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", text, StringComparison.Ordinal);
    }
}
