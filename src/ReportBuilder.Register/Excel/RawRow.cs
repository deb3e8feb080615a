namespace ReportBuilder.Register.Excel;

/// <summary>A worksheet row that holds at least one value. Cells are indexed by column, 0-based.</summary>
public sealed class RawRow(int number, RawCell[] cells)
{
    /// <summary>1-based row number as Excel shows it.</summary>
    public int Number { get; } = number;

    public RawCell[] Cells { get; internal set; } = cells;

    public RawCell this[int column] => column < Cells.Length ? Cells[column] : RawCell.Blank;
}
