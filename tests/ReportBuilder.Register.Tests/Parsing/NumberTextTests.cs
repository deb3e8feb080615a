using ReportBuilder.Register.Parsing;

namespace ReportBuilder.Register.Tests.Parsing;

public class NumberTextTests
{
    [Theory]
    [InlineData("27780", "27780")]
    [InlineData("27 780", "27780")]
    [InlineData("27\u00A0780", "27780")]
    [InlineData("27,780", "27780")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("840,50", "840.50")]
    [InlineData("840.50", "840.50")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("-12", "-12")]
    public void Reads_numbers_typed_as_text(string text, string expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("twelve")]
    [InlineData("12 тенге")]
    [InlineData("1,2,3")]
    [InlineData("")]
    public void Rejects_text_that_is_not_a_number(string text) => Assert.False(NumberText.TryParse(text, out _));
}
