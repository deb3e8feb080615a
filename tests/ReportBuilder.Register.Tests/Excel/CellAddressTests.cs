using ReportBuilder.Register.Excel;

namespace ReportBuilder.Register.Tests.Excel;

public class CellAddressTests
{
    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(14, 4, "D14")]
    [InlineData(2, 26, "Z2")]
    [InlineData(3, 27, "AA3")]
    [InlineData(10, 703, "AAA10")]
    public void Formats_and_parses(int row, int column, string address)
    {
        Assert.Equal(address, CellAddress.Format(row, column));
        Assert.Equal((row, column), CellAddress.Parse(address));
    }
}
