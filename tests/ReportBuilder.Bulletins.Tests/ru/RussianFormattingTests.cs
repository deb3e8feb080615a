using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

[UseCulture("en-US")]
public class RussianFormattingTests
{
    private static readonly RussianRules Rules = new();
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData("2021-04-07", "7 апреля 2021 года")]
    [InlineData("2021-02-04", "4 февраля 2021 года")]
    [InlineData("2020-12-31", "31 декабря 2020 года")]
    public void Dates(string iso, string expected) => Assert.Equal(expected, Typography.Plain(Rules.Date(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("27780", null, "27 780 тенге")]
    [InlineData("840.50", null, "840 тенге 50 тиынов")]
    [InlineData("100.01", null, "100 тенге 1 тиын")]
    [InlineData("100.02", null, "100 тенге 2 тиына")]
    [InlineData("25736", "61.13", "25 736 тенге (61 $)")]
    [InlineData("55560", "131.97", "55 560 тенге (132 $)")]
    [InlineData("1234567", null, "1 234 567 тенге")]
    public void Money_groups_thousands_with_a_non_breaking_space(string kzt, string? usd, string expected)
    {
        var value = Rules.Money(decimal.Parse(kzt, System.Globalization.CultureInfo.InvariantCulture),
            usd is null ? null : decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, value.Replace(Nbsp, " ", StringComparison.Ordinal));
        if (decimal.Parse(kzt, System.Globalization.CultureInfo.InvariantCulture) >= 1000) Assert.Contains(Nbsp, value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-04-07", "7 апреля 2021 года")]
    [InlineData("2021-W14", "5–11 апреля 2021 года")]
    [InlineData("2021-04", "апрель 2021 года")]
    [InlineData("2021-03-29..2021-04-04", "29 марта – 4 апреля 2021 года")]
    public void Period_titles(string spec, string expected) => Assert.Equal(expected, Typography.Plain(Rules.PeriodText(PeriodSpec.Parse(spec)!)));
}
