namespace ReportBuilder.Register.Excel;

/// <summary>
/// Excel keeps a merged range's value in its top-left cell only. In a register a merge down
/// a column means "the same for all these rows" (one court over several events), so the rows
/// of the range below get that value in the range's first column. A merge across columns
/// does not mean "the same in every column" (DetailsEn merged over DetailsRu is one text, in
/// one language): its value stays in its first column, and the merge is returned for the
/// sheet's reader to warn about. Only rows that hold values are filled, so a merge down a
/// whole column costs what the sheet's rows cost.
/// </summary>
internal static class MergedCells
{
    /// <returns>The merges that span more than one column.</returns>
    public static List<CellRange> Fill(List<RawRow> rows, List<CellRange> merges)
    {
        var wide = new List<CellRange>();
        if (merges.Count == 0) return wide;
        // Rows ascend (the reader checks it): a binary search finds each range's first row.
        var numbers = rows.ConvertAll(r => r.Number);
        foreach (var range in merges)
        {
            if (range.LastColumn > range.FirstColumn) wide.Add(range);
            var first = numbers.BinarySearch(range.FirstRow);
            if (first < 0) continue;
            var value = rows[first][range.FirstColumn - 1];
            if (value.IsBlank) continue;
            var column = range.FirstColumn - 1;
            for (var i = first + 1; i < rows.Count && rows[i].Number <= range.LastRow; i++)
            {
                var row = rows[i];
                if (row.Cells.Length <= column)
                {
                    var wider = row.Cells;
                    Array.Resize(ref wider, column + 1);
                    row.Cells = wider;
                }
                row.Cells[column] = value;
            }
        }
        return wide;
    }
}
