using ReportBuilder.Register.Parsing;

namespace ReportBuilder.Register.Tests.Parsing;

public class DateTextTests
{
    [Theory]
    [InlineData("07.04.2021", 2021, 4, 7)]
    [InlineData("7.4.2021", 2021, 4, 7)]
    [InlineData("2021-04-07", 2021, 4, 7)]
    [InlineData("2021-04-07T00:00:00", 2021, 4, 7)]
    [InlineData("7 April 2021", 2021, 4, 7)]
    [InlineData("7 april 2021", 2021, 4, 7)]
    [InlineData("7 Apr 2021", 2021, 4, 7)]
    [InlineData("7 апреля 2021", 2021, 4, 7)]
    [InlineData("7 апреля 2021 года", 2021, 4, 7)]
    [InlineData("4 февраля 2021 г.", 2021, 2, 4)]
    [InlineData("  29.02.2024 ", 2024, 2, 29)]
    public void Accepts_the_documented_forms(string text, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31.02.2021")]
    [InlineData("04/07/2021")]
    [InlineData("2021.04.07")]
    [InlineData("7 Aprilis 2021")]
    [InlineData("April 7, 2021")]
    [InlineData("29.02.2021")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Rejects_anything_else(string text) => Assert.False(DateText.TryParse(text, out _));
}
