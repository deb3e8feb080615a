using ReportBuilder.Problems;
using System.Collections.Frozen;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Parsing;

/// <summary>
/// One sheet of one workbook seen through its header row: which column holds what, and
/// typed access to each data row's cells that reports every bad cell with its address.
/// </summary>
internal sealed class SheetTable
{
    /// <summary>How far down to look for a header row that was not put in row 1.</summary>
    private const int HeaderSearchDepth = 30;
    private const int ExcelTextLimit = 32_767;

    /// <summary>Column index by documented name (callers use those names, so ordinal lookup is enough).</summary>
    private readonly FrozenDictionary<string, int> _columns;
    private readonly (string Column, int Index, string Twin, int TwinIndex)[] _translations;
    private readonly ProblemList _problems;

    private SheetTable(RawWorkbook workbook, RawSheet sheet, SheetSpec spec, Dictionary<string, int> columns,
        IReadOnlyList<(int Column, string Header)> extras, IReadOnlyList<RawRow> dataRows, ProblemList problems)
    {
        Workbook = workbook;
        Sheet = sheet;
        Spec = spec;
        _columns = columns.ToFrozenDictionary(StringComparer.Ordinal);
        _translations = [.. spec.Columns
            .Where(c => c.Translation is not null && columns.ContainsKey(c.Name) && columns.ContainsKey(c.Translation))
            .Select(c => (c.Name, columns[c.Name], c.Translation!, columns[c.Translation!]))];
        Extras = extras;
        DataRows = dataRows;
        _problems = problems;
    }

    public RawWorkbook Workbook { get; }
    public RawSheet Sheet { get; }
    public SheetSpec Spec { get; }
    public IReadOnlyList<(int Column, string Header)> Extras { get; }
    public IReadOnlyList<RawRow> DataRows { get; }

    /// <summary>Maps the header row; reports missing columns and returns null when the sheet cannot be read.</summary>
    public static SheetTable? Open(RawWorkbook workbook, RawSheet sheet, SheetSpec spec, RegisterLayout layout, ProblemList problems)
    {
        var table = sheet.Tables.FirstOrDefault(t => t.HasHeaderRow);
        var headerRowNumber = table?.Range.FirstRow ?? 1;
        var headerRow = sheet.Rows.FirstOrDefault(r => r.Number == headerRowNumber);
        // An Excel Table gives the header row and where it starts, never fewer rows or columns:
        // LibreOffice does not grow a table as rows are typed below it, and Excel stops growing
        // one at a blank row, so every row under the header, and every column right of its start, is data.
        var firstColumn = table?.Range.FirstColumn ?? 1;

        var known = KnownHeaders(spec, layout);
        var (columns, extras) = MapHeader(workbook, sheet, headerRow, firstColumn, known, problems);
        WarnAboutLikelyTypos(workbook, sheet, spec, headerRow, extras, known, columns, problems);

        var missing = spec.Columns.Where(c => c.Required && !columns.ContainsKey(c.Name)).ToList();
        if (missing.Count > 0)
        {
            if (table is null && FindHeaderRowBelow(sheet, known, spec) is { } foundRow)
            {
                problems.Add(RegisterProblems.HeaderNotInFirstRow(workbook.File, sheet.Name, foundRow));
                return null;
            }
            foreach (var column in missing)
                problems.Add(RegisterProblems.MissingColumn(workbook.File, sheet.Name, column.Name, layout.ColumnNames(spec, column), headerRowNumber, table?.Name));
            return null;
        }

        var dataRows = sheet.Rows
            .Where(r => r.Number > headerRowNumber)
            .Where(r => !IsBlank(r, firstColumn))
            .ToList();
        WarnAboutMergesAcrossColumns(workbook, sheet, headerRow, headerRowNumber, columns, extras, problems);
        return new SheetTable(workbook, sheet, spec, columns, extras, dataRows, problems);
    }

    /// <summary>
    /// The same sheet limited to some of its data rows, reporting into its own problem list, so
    /// that parts of a large sheet can be read in parallel and their problems merged in order.
    /// </summary>
    public SheetTable Slice(int start, int count, ProblemList problems) =>
        new(this, DataRows.Skip(start).Take(count).ToList(), problems);

    private SheetTable(SheetTable whole, IReadOnlyList<RawRow> rows, ProblemList problems)
    {
        Workbook = whole.Workbook;
        Sheet = whole.Sheet;
        Spec = whole.Spec;
        _columns = whole._columns;
        _translations = whole._translations;
        Extras = whole.Extras;
        DataRows = rows;
        _problems = problems;
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public CellLocation Locate(RawRow row, string column) =>
        new(Workbook.File, Sheet.Name, CellAddress.Format(row.Number, _columns.TryGetValue(column, out var c) ? c + 1 : 1));

    public SourceRow Source(RawRow row) => new(Workbook.File, Sheet.Name, row.Number, _columns);

    /// <summary>The cell as text (numbers invariant, dates dd.MM.yyyy); null when blank or unusable.</summary>
    public string? Text(RawRow row, string column)
    {
        if (!_columns.TryGetValue(column, out var index)) return null;
        var cell = row[index];
        if (!Usable(row, column, cell)) return null;
        var text = cell.Display;
        if (text.Length > ExcelTextLimit) _problems.Add(RegisterProblems.TextTooLong(Locate(row, column), text.Length, column));
        return text.Length == 0 ? null : text;
    }

    public string? RequiredText(RawRow row, string column)
    {
        var text = Text(row, column);
        if (text is null && IsBlankCell(row, column)) _problems.Add(RegisterProblems.MissingValue(Locate(row, column), column));
        return text;
    }

    public DateOnly? Date(RawRow row, string column, bool required)
    {
        if (!_columns.TryGetValue(column, out var index)) return null;
        var cell = row[index];
        if (cell.IsBlank)
        {
            if (required) _problems.Add(RegisterProblems.MissingValue(Locate(row, column), column));
            return null;
        }
        if (!Usable(row, column, cell)) return null;
        switch (cell.Kind)
        {
            // An Excel date is a day number from 1 (1 January 1900) to 2958465 (31 December 9999);
            // anything else (a damaged or hand-edited file) is a bad date, not a crash.
            case CellKind.Date or CellKind.Number when cell.Number is >= 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(cell.Number)));
            case CellKind.Text when DateText.TryParse(cell.Text!, out var date):
                return date;
            default:
                _problems.Add(RegisterProblems.BadDate(Locate(row, column), cell.Display, column));
                return null;
        }
    }

    public decimal? Decimal(RawRow row, string column, bool required = false)
    {
        if (!_columns.TryGetValue(column, out var index)) return null;
        var cell = row[index];
        if (cell.IsBlank && required) _problems.Add(RegisterProblems.MissingValue(Locate(row, column), column));
        if (cell.IsBlank || !Usable(row, column, cell)) return null;
        if (AsDecimal(cell) is { } value) return value;
        _problems.Add(RegisterProblems.BadNumber(Locate(row, column), cell.Display, column, wholeNumber: false));
        return null;
    }

    public int? Int(RawRow row, string column)
    {
        if (!_columns.TryGetValue(column, out var index)) return null;
        var cell = row[index];
        if (cell.IsBlank || !Usable(row, column, cell)) return null;
        if (AsDecimal(cell) is { } value && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue) return (int)value;
        _problems.Add(RegisterProblems.BadNumber(Locate(row, column), cell.Display, column, wholeNumber: true));
        return null;
    }

    private static decimal? AsDecimal(RawCell cell) => cell.Kind switch
    {
        CellKind.Number when Math.Abs(cell.Number) < 1e15 => (decimal)cell.Number,
        CellKind.Text when NumberText.TryParse(cell.Text!, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A closed-set value (Type, Punishment, Gender, Publish), reported when it is not one of the allowed.</summary>
    public T? Choice<T>(RawRow row, string column, bool required, TryParse<T> parse, IEnumerable<string> allowed) where T : struct
    {
        var text = required ? RequiredText(row, column) : Text(row, column);
        if (text is null) return null;
        if (parse(text, out var value)) return value;
        _problems.Add(RegisterProblems.UnknownValue(Locate(row, column), text, column, allowed, LookAlikeLetters.Meant(text, allowed)));
        return null;
    }

    public delegate bool TryParse<T>(string text, out T value);

    /// <summary>Columns outside the layout, by their header text, for templates.</summary>
    public Dictionary<string, string> ExtraValues(RawRow row)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, header) in Extras)
        {
            var cell = row[column];
            if (!cell.IsBlank && cell.Kind is not CellKind.Error and not CellKind.FormulaWithoutValue) values[header] = cell.Display;
        }
        return values;
    }

    /// <summary>Warns where one language's text is filled in and its twin is empty.</summary>
    public void CheckTranslations(RawRow row)
    {
        foreach (var (column, index, twin, twinIndex) in _translations)
        {
            if (row[index].IsBlank && !row[twinIndex].IsBlank)
                _problems.Add(RegisterProblems.MissingTranslation(Locate(row, column), column, twin));
        }
    }

    private bool IsBlankCell(RawRow row, string column) => !_columns.TryGetValue(column, out var index) || row[index].IsBlank;

    private bool Usable(RawRow row, string column, RawCell cell)
    {
        switch (cell.Kind)
        {
            case CellKind.Error:
                _problems.Add(RegisterProblems.ErrorCell(Locate(row, column), cell.Text ?? "#ERROR", column));
                return false;
            case CellKind.FormulaWithoutValue:
                _problems.Add(RegisterProblems.FormulaWithoutValue(Locate(row, column), column));
                return false;
            default:
                return true;
        }
    }

    private static Dictionary<string, string> KnownHeaders(SheetSpec spec, RegisterLayout layout)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in spec.Columns)
        {
            foreach (var name in layout.ColumnNames(spec, column))
                known.TryAdd(HeaderName.Normalize(name), column.Name);
        }
        return known;
    }

    private static (Dictionary<string, int>, List<(int, string)>) MapHeader(RawWorkbook workbook, RawSheet sheet, RawRow? headerRow,
        int firstColumn, Dictionary<string, string> known, ProblemList problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var extras = new List<(int, string)>();
        if (headerRow is null) return (columns, extras);
        for (var i = firstColumn - 1; i < headerRow.Cells.Length; i++)
        {
            var header = headerRow.Cells[i].Display.Trim();
            if (header.Length == 0) continue;
            if (known.TryGetValue(HeaderName.Normalize(header), out var column))
            {
                if (columns.TryGetValue(column, out var first))
                {
                    problems.Add(RegisterProblems.DuplicateColumn(
                        new CellLocation(workbook.File, sheet.Name, CellAddress.Format(headerRow.Number, i + 1)), header,
                        CellAddress.Format(headerRow.Number, first + 1)));
                    continue;
                }
                columns[column] = i;
            }
            else
            {
                extras.Add((i, header));
            }
        }
        return (columns, extras);
    }

    /// <summary>
    /// A header that is not a column we read but is close to one (Punishmnet, TermMonth) would
    /// silently lose that column: a warning naming the column it probably is, and an error when
    /// that column is missing and this one holds data, which would otherwise be dropped.
    /// </summary>
    private static void WarnAboutLikelyTypos(RawWorkbook workbook, RawSheet sheet, SheetSpec spec, RawRow? headerRow,
        List<(int Column, string Header)> extras, Dictionary<string, string> known, Dictionary<string, int> columns, ProblemList problems)
    {
        if (headerRow is null) return;
        foreach (var (column, header) in extras)
        {
            if (KnownExtraColumns.Contains(header)) continue;
            var at = new CellLocation(workbook.File, sheet.Name, CellAddress.Format(headerRow.Number, column + 1));
            var lookAlike = LookAlikeLetters.Meant(header, spec.Columns.Select(c => c.Name));
            var meant = lookAlike ?? NearestName.Of(header, known.Values.Distinct());
            if (meant is null) continue;
            // The column it stands for is not there, nor required (RB004 names those), and data sits under it: dropped data.
            if (!columns.ContainsKey(meant) && spec.Find(meant) is { Required: false } && HoldsData(sheet, headerRow.Number, column))
                problems.Add(RegisterProblems.MisspeltColumn(at, header, CellAddress.ColumnName(column + 1), meant));
            else if (lookAlike is not null)
                problems.Add(RegisterProblems.LookAlikeColumn(at, header, lookAlike));
            else
                problems.Add(RegisterProblems.UnknownColumn(at, header, meant, spec.Name));
        }
    }

    private static bool HoldsData(RawSheet sheet, int headerRow, int column) =>
        sheet.Rows.Any(r => r.Number > headerRow && !r[column].IsBlank);

    /// <summary>
    /// A merge across columns keeps its value in its first column only; where it covers columns
    /// of different meaning (DetailsEn and DetailsRu), staff probably meant one value for both,
    /// and the others are read as empty: a warning at the merged cell says so.
    /// </summary>
    private static void WarnAboutMergesAcrossColumns(RawWorkbook workbook, RawSheet sheet, RawRow? headerRow, int headerRowNumber,
        Dictionary<string, int> columns, List<(int Column, string Header)> extras, ProblemList problems)
    {
        if (sheet.WideMerges.Count == 0 || headerRow is null) return;
        var headerOf = columns.ToDictionary(c => c.Value, c => c.Key);
        foreach (var (column, header) in extras) headerOf.TryAdd(column, header);
        foreach (var merge in sheet.WideMerges.Where(m => m.LastRow > headerRowNumber))
        {
            var covered = Enumerable.Range(merge.FirstColumn - 1, merge.LastColumn - merge.FirstColumn + 1)
                .Where(headerOf.ContainsKey)
                .Select(c => headerOf[c])
                .ToList();
            if (covered.Count < 2) continue;
            var firstRow = Math.Max(merge.FirstRow, headerRowNumber + 1);
            var at = new CellLocation(workbook.File, sheet.Name, CellAddress.Format(firstRow, merge.FirstColumn));
            problems.Add(RegisterProblems.MergedAcrossColumns(at, merge.ToString(), covered));
        }
    }

    private static int? FindHeaderRowBelow(RawSheet sheet, Dictionary<string, string> known, SheetSpec spec)
    {
        var required = spec.Columns.Where(c => c.Required).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows.Where(r => r.Number > 1).Take(HeaderSearchDepth))
        {
            var found = row.Cells
                .Select(c => known.GetValueOrDefault(HeaderName.Normalize(c.Display)))
                .OfType<string>()
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (required.IsSubsetOf(found)) return row.Number;
        }
        return null;
    }

    private static bool IsBlank(RawRow row, int firstColumn)
    {
        for (var i = firstColumn - 1; i < row.Cells.Length; i++)
        {
            if (!row.Cells[i].IsBlank) return false;
        }
        return true;
    }
}
