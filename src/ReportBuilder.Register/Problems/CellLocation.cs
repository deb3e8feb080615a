using ReportBuilder.Problems;
namespace ReportBuilder.Register.Problems;

/// <summary>A cell in one workbook of the register: <c>register.xlsx Events!D14</c>.</summary>
/// <param name="File">The workbook's file name as the user gave it (no folder noise).</param>
public sealed record CellLocation(string File, string Sheet, string Cell)
{
    public override string ToString() => $"{File} {Sheet}!{Cell}";
}
