using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Writing;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Register.Tests;

/// <summary>Large sheets are read in parallel slices; records and problems still come out in row order.</summary>
public sealed class LargeSheetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_sheet_read_in_slices_keeps_rows_and_problems_in_order()
    {
        var path = _temp.File("large.xlsx");
        using (var stream = File.Create(path)) StreamingRegisterWriter.Write(SyntheticRegister.Build(52_000), stream);
        // Bad dates in the first and the third slice (slices hold 25,000 rows).
        XlsxPatch.InlineStringCells(path, "Events", ("C12", "31.02.2021"), ("C50002", "32.13.2021"));

        var result = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);

        Assert.Equal(["large.xlsx Events!C12", "large.xlsx Events!C50002"], result.Problems.Items.Select(p => p.Location));
        Assert.Equal(52_000, result.Register.Events.Count);
        Assert.Equal(Enumerable.Range(1, 52_000).Select(i => $"E{i:000000}"), result.Register.Events.Select(e => e.Id));
        Assert.Equal(Enumerable.Range(2, 52_000), result.Register.Events.Select(e => e.Row.Row));
    }
}
