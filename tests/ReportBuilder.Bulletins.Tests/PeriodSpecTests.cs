using ReportBuilder.Bulletins.Periods;

namespace ReportBuilder.Bulletins.Tests;

public class PeriodSpecTests
{
    [Theory]
    [InlineData("2021-04-07", "Day", "2021-04-07", "2021-04-07", "2021-04-07")]
    [InlineData("2021-W14", "Week", "2021-04-05", "2021-04-11", "2021-W14")]
    [InlineData("2020-W53", "Week", "2020-12-28", "2021-01-03", "2020-W53")]
    [InlineData("2021-04", "Month", "2021-04-01", "2021-04-30", "2021-04")]
    [InlineData("2021-02", "Month", "2021-02-01", "2021-02-28", "2021-02")]
    [InlineData("2021-04-01..2021-04-07", "Range", "2021-04-01", "2021-04-07", "2021-04-01_2021-04-07")]
    public void Parses_the_accepted_forms(string spec, string kind, string first, string last, string label)
    {
        var period = PeriodSpec.Parse(spec)!;
        Assert.Equal((kind, first, last, label), (period.Kind.ToString(), Iso(period.First), Iso(period.Last), period.Label));
    }

    [Fact]
    public void Latest_depends_on_the_register() => Assert.Null(PeriodSpec.Parse("latest"));

    [Theory]
    [InlineData("2021-13", "month 13? Months run from 01 to 12")]
    [InlineData("2021-W54", "2021 has ISO weeks 1 to 52, not 54")]
    [InlineData("2021-04-31", "the day has day 31, but April 2021 has 30 days")]
    [InlineData("2021-02-29..2021-03-07", "the first day has day 29, but February 2021 has 28 days")]
    [InlineData("2021-04-07..2021-04-01", "runs backwards: the first day comes after the last. Write it as 2021-04-01..2021-04-07")]
    public void Says_which_part_of_a_period_is_wrong(string spec, string expected)
    {
        var e = Assert.Throws<PeriodFormatException>(() => PeriodSpec.Parse(spec));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("07.04.2021")]
    [InlineData("last week")]
    public void Rejects_other_text_and_lists_the_accepted_forms(string spec)
    {
        var e = Assert.Throws<PeriodFormatException>(() => PeriodSpec.Parse(spec));
        Assert.Contains("2021-W14 (an ISO week)", e.Message, StringComparison.Ordinal);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
