using ReportBuilder.Register.Excel;

namespace ReportBuilder.Register.Tests.Excel;

public class ExcelTextTests
{
    [Theory]
    [InlineData("  Talgar ", "Talgar")]
    [InlineData("\u00A0Talgar\u00A0", "Talgar")]
    [InlineData("Zhambyl  \u00A0oblast", "Zhambyl oblast")]
    [InlineData("line one \nline two", "line one\nline two")]
    [InlineData("bell\u0007here", "bellhere")]
    [InlineData("esc_x001B_aped", "escaped")]
    [InlineData("plain", "plain")]
    public void Cleans_what_Excel_saves(string raw, string expected) => Assert.Equal(expected, ExcelText.Clean(raw));
}
