namespace ReportBuilder.Register.Excel;

/// <summary>
/// Excel keeps a merged range's value in its top-left cell only. In a register a merged
/// cell means "the same for all these rows" (one person over several events), so every
/// cell of the range gets that value.
/// </summary>
internal static class MergedCells
{
    public static void Fill(List<RawRow> rows, List<CellRange> merges)
    {
        var byNumber = rows.ToDictionary(r => r.Number);
        var added = false;
        foreach (var range in merges)
        {
            if (!byNumber.TryGetValue(range.FirstRow, out var top)) continue;
            var value = top[range.FirstColumn - 1];
            if (value.IsBlank) continue;
            for (var r = range.FirstRow; r <= range.LastRow; r++)
            {
                if (!byNumber.TryGetValue(r, out var row))
                {
                    row = new RawRow(r, []);
                    byNumber[r] = row;
                    rows.Add(row);
                    added = true;
                }
                if (row.Cells.Length < range.LastColumn)
                {
                    var wider = row.Cells;
                    Array.Resize(ref wider, range.LastColumn);
                    row.Cells = wider;
                }
                for (var c = range.FirstColumn; c <= range.LastColumn; c++)
                    row.Cells[c - 1] = value;
            }
        }
        if (added) rows.Sort((a, b) => a.Number.CompareTo(b.Number));
    }
}
