using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.TestSupport;
using static ReportBuilder.Bulletins.Language.GrammaticalCase;

namespace ReportBuilder.Bulletins.Tests.En;

[UseCulture("ru-RU")]
public class EnglishFormattingTests
{
    private static readonly EnglishRules Rules = new();

    [Theory]
    [InlineData(1, "1 year")]
    [InlineData(2, "2 years")]
    [InlineData(5, "5 years")]
    [InlineData(11, "11 years")]
    [InlineData(21, "21 years")]
    [InlineData(101, "101 years")]
    public void Years(long n, string expected) => Assert.Equal(expected, Typography.Plain(Rules.Count(n, CountedNoun.Year, Nominative, words: false)));

    [Theory]
    [InlineData(1, CountedNoun.Hour, "1 hour")]
    [InlineData(100, CountedNoun.Hour, "100 hours")]
    [InlineData(1, CountedNoun.Day, "1 day")]
    [InlineData(15, CountedNoun.Day, "15 days")]
    [InlineData(6, CountedNoun.Month, "6 months")]
    [InlineData(3, CountedNoun.DayNight, "3 days")]
    [InlineData(50, CountedNoun.Tiyn, "50 tiyns")]
    [InlineData(1, CountedNoun.Tiyn, "1 tiyn")]
    public void Counted_nouns(long n, CountedNoun noun, string expected) => Assert.Equal(expected, Typography.Plain(Rules.Count(n, noun, Nominative, words: false)));

    /// <summary>Every noun but person takes -s; person has its own plural.</summary>
    [Fact]
    public void Every_counted_noun_has_its_singular_and_plural()
    {
        Assert.All(Enum.GetValues<CountedNoun>().Where(n => n != CountedNoun.Person), noun =>
            Assert.Equal(Rules.Count(1, noun, Nominative, words: false)[2..] + "s", Rules.Count(2, noun, Nominative, words: false)[2..]));
        Assert.Equal(("1 person", "2 people"), (Typography.Plain(Rules.Count(1, CountedNoun.Person, Nominative, false)), Typography.Plain(Rules.Count(2, CountedNoun.Person, Nominative, false))));
    }

    [Theory]
    [InlineData(12, false, "1 year")]
    [InlineData(24, false, "2 years")]
    [InlineData(18, false, "1 year and 6 months")]
    [InlineData(6, false, "6 months")]
    [InlineData(24, true, "two years")]
    [InlineData(12, true, "one year")]
    [InlineData(252, true, "twenty-one years")]
    public void Terms(long months, bool words, string expected) => Assert.Equal(expected, Typography.Plain(Rules.Term(months, Nominative, words)));

    [Theory]
    [InlineData("27780", null, "27,780 tenge")]
    [InlineData("840.50", null, "840.50 tenge")]
    [InlineData("25736", "61.13", "25,736 tenge (61$)")]
    [InlineData("55560", "131.97", "55,560 tenge (132$)")]
    public void Money(string kzt, string? usd, string expected) => Assert.Equal(expected, Typography.Plain(
        Rules.Money(decimal.Parse(kzt, System.Globalization.CultureInfo.InvariantCulture), usd is null ? null : decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("2021-04-07", "7 April 2021")]
    [InlineData("2021-W14", "5–11 April 2021")]
    [InlineData("2021-04", "April 2021")]
    [InlineData("2021-03-29..2021-04-04", "29 March – 4 April 2021")]
    public void Period_titles(string spec, string expected) => Assert.Equal(expected, Typography.Plain(Rules.PeriodText(PeriodSpec.Parse(spec)!)));

    [Fact]
    public void Year_adjectives() => Assert.Equal("5-year", Rules.YearsAdjective(5));
}
