using System.Globalization;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// One cell's saved value, before any interpretation. A struct, because a large register
/// holds millions of them.
/// </summary>
public readonly record struct RawCell(CellKind Kind, string? Text, double Number)
{
    public static readonly RawCell Blank = new(CellKind.Blank, null, 0);

    public bool IsBlank => Kind == CellKind.Blank || (Kind == CellKind.Text && string.IsNullOrEmpty(Text));

    /// <summary>The value as a person reads it in a message: dates as dd.MM.yyyy, numbers invariant.</summary>
    public string Display => Kind switch
    {
        CellKind.Blank or CellKind.FormulaWithoutValue => "",
        CellKind.Text or CellKind.Error => Text ?? "",
        CellKind.Date when Number is >= 1 and < 2958466 => DateTime.FromOADate(Number).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        CellKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => Number.ToString(CultureInfo.InvariantCulture),
    };
}
