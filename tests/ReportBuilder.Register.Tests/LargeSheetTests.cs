using ReportBuilder.Problems;
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
        using (var stream = File.Create(path)) StreamingRegisterWriter.Write(SyntheticRegister.Build(1_040), stream);
        // Bad dates in the first and the third slice (slices of 500 rows here; 25,000 by default).
        XlsxPatch.InlineStringCells(path, "Events", ("C12", "31.02.2021"), ("C1002", "32.13.2021"));

        var problems = new ReportBuilder.Problems.ProblemList();
        var register = RegisterLoader.Parse([ReportBuilder.Register.Excel.WorkbookReader.Read(path)], RegisterLayout.Default, problems, sliceRows: 500);

        Assert.Equal(["large.xlsx Events!C12", "large.xlsx Events!C1002"], problems.Items.Select(p => p.Location));
        Assert.Equal(1_040, register.Events.Count);
        Assert.Equal(Enumerable.Range(1, 1_040).Select(i => $"E{i:000000}"), register.Events.Select(e => e.Id));
        Assert.Equal(Enumerable.Range(2, 1_040), register.Events.Select(e => e.Row.Row));
    }
}
