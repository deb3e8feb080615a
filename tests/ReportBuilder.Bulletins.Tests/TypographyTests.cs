using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.TestSupport;
using static ReportBuilder.Bulletins.Language.GrammaticalCase;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// Where a line may not break, in both languages: between a number and its unit or month, and
/// before «года» («·» marks a non-breaking space). The filters templates use go through these
/// rules, so staff's own templates get the same spaces.
/// </summary>
[UseCulture("en-US")]
public sealed class TypographyTests
{
    private static readonly RussianRules Russian = new();
    private static readonly EnglishRules English = new();

    [Theory]
    [InlineData("ru", "2021-04-07", "7·апреля 2021·года")]
    [InlineData("en", "2021-04-07", "7·April 2021")]
    public void Dates(string language, string iso, string expected) =>
        Assert.Equal(expected, Typography.Marked((language == "ru" ? (LanguageRules)Russian : English).Date(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("ru", "2021-W14", "5–11·апреля 2021·года")]
    [InlineData("ru", "2021-04", "апрель 2021·года")]
    [InlineData("ru", "2021-03-29..2021-04-04", "29·марта – 4·апреля 2021·года")]
    [InlineData("en", "2021-03-29..2021-04-04", "29·March – 4·April 2021")]
    public void Periods(string language, string spec, string expected) =>
        Assert.Equal(expected, Typography.Marked((language == "ru" ? (LanguageRules)Russian : English).PeriodText(PeriodSpec.Parse(spec)!)));

    [Fact]
    public void Terms_counts_and_amounts()
    {
        Assert.Equal("5·лет", Typography.Marked(Russian.Term(60, Genitive, words: false)));
        Assert.Equal("1·год и 6·месяцев", Typography.Marked(Russian.Term(18, Nominative, words: false)));
        Assert.Equal("пяти·лет", Typography.Marked(Russian.Count(5, CountedNoun.Year, Genitive, words: true)));
        Assert.Equal("27·780·тенге", Typography.Marked(Russian.Money(27780m, null)));
        Assert.Equal("840·тенге 50·тиынов", Typography.Marked(Russian.Money(840.50m, null)));
        Assert.Equal("5·years", Typography.Marked(English.Count(5, CountedNoun.Year, Nominative, words: false)));
        Assert.Equal("27,780·tenge (66$)", Typography.Marked(English.Money(27780m, 66m)));
    }

    [Fact]
    public void The_chart_abbreviates_every_month_alike()
    {
        Assert.Equal(["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"], Enumerable.Range(1, 12).Select(Russian.ChartMonth));
        Assert.Equal(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], Enumerable.Range(1, 12).Select(English.ChartMonth));
    }
}
