using System.Globalization;
using ReportBuilder.Register.Layout;

namespace ReportBuilder.Register.Problems;

/// <summary>
/// Every kind of register problem, one factory method each, so ids, severities and wording
/// stay consistent. Ids are stable: documentation and scripts may rely on them.
/// </summary>
public static class RegisterProblems
{
    private static Problem At(string id, string code, Severity severity, CellLocation at, string? value, string message) =>
        new(id, code, severity, at.File, at.Sheet, at.Cell, value, message);

    public static Problem NoFiles(string pattern) => new(
        "RB001", "no-register-files", Severity.Error, pattern, null, null, null,
        $"No register workbook matches '{pattern}'. Expected an .xlsx file, a folder holding .xlsx files, or a glob such as 'registers/*.xlsx'.");

    public static Problem Unreadable(string file, string found, string hint, string? sheet = null, string? cell = null) => new(
        "RB002", "unreadable-workbook", Severity.Error, file, sheet, cell, null,
        $"Cannot read '{file}': {found.TrimEnd('.')}. {hint}"); // found may be a system message with its own full stop

    public static Problem MissingSheet(string file, string sheet, IEnumerable<string> acceptedNames) => new(
        "RB003", "missing-sheet", Severity.Error, file, sheet, null, null,
        $"No workbook of the register has a sheet '{sheet}' (accepted names: {string.Join(", ", acceptedNames)}). Add the sheet or map its name in appsettings.json under Register:Sheets:{sheet}:Names.");

    public static Problem MissingColumn(string file, string sheet, string column, IEnumerable<string> aliases, string headerRowHint) => new(
        "RB004", "missing-column", Severity.Error, file, sheet, null, null,
        $"Sheet '{sheet}' has no column '{column}' (accepted headers: {string.Join(", ", aliases)}). {headerRowHint}");

    public static Problem HeaderNotInFirstRow(string file, string sheet, int foundRow) => new(
        "RB005", "header-not-in-row-1", Severity.Error, file, sheet, $"A{foundRow}", null,
        $"The headers of sheet '{sheet}' are in row {foundRow}, but they must be in row 1. Delete the rows above them, or turn the range into an Excel Table (Insert > Table).");

    public static Problem MissingValue(CellLocation at, string column) =>
        At("RB006", "missing-value", Severity.Error, at, null, $"{column} is required but the cell is empty.");

    public static Problem BadDate(CellLocation at, string value, string column) =>
        At("RB007", "bad-date", Severity.Error, at, value,
            $"{column}: found '{value}', expected a date: an Excel date, or text like 07.04.2021, 2021-04-07, 7 April 2021 or 7 апреля 2021.");

    public static Problem BadNumber(CellLocation at, string value, string column, bool wholeNumber) =>
        At("RB008", "bad-number", Severity.Error, at, value,
            wholeNumber
                ? $"{column}: found '{value}', expected a whole number such as 12."
                : $"{column}: found '{value}', expected a number such as 27780, 27 780 or 840,50.");

    public static Problem UnknownValue(CellLocation at, string value, string column, IEnumerable<string> allowed, string? meant = null) =>
        At("RB009", "unknown-value", Severity.Error, at, value, meant is null
            ? $"{column}: found '{value}', expected one of: {string.Join(", ", allowed)}."
            : $"{column}: found '{value}', which looks like {meant} but is not: {LookAlikeLetters.Explain(value, meant)}. Retype it as {meant}.");

    public static Problem DuplicateId(CellLocation at, string value, string column, CellLocation first) =>
        At("RB010", "duplicate-id", Severity.Error, at, value,
            $"{column} '{value}' is used twice: at {first} and at {at}. Ids must be unique across all workbooks of the register.");

    public static Problem ConflictingRows(CellLocation at, string value, string column, CellLocation first, IReadOnlyList<string> differences) =>
        At("RB010", "duplicate-id", Severity.Error, at, value,
            $"{column} '{value}' is in two workbooks with different values: at {first} and at {at} ({string.Join(", ", differences)}). " +
            "A row repeated across workbooks must be identical; correct one of them.");

    public static Problem UnknownPerson(CellLocation at, string value, string? meant = null) =>
        At("RB011", "unknown-person", Severity.Error, at, value, meant is null
            ? $"PersonId '{value}' is not on any Persons sheet of the register. Add the person or correct the id."
            : $"PersonId '{value}' is not on any Persons sheet of the register, but {meant} is: {LookAlikeLetters.Explain(value, meant)}. Retype it as {meant}.");

    public static Problem ArticleWithoutTitle(CellLocation at, string article) =>
        At("RB012", "article-without-title", Severity.Warning, at, article,
            $"Article {article} has no title on the Articles sheet; bulletins will show the article number only.");

    public static Problem MissingTranslation(CellLocation at, string column, string otherColumn) =>
        At("RB013", "missing-translation", Severity.Warning, at, null,
            $"{column} is empty while {otherColumn} is filled in; the other language's text will be used and flagged for the editor.");

    public static Problem ErrorCell(CellLocation at, string value, string column) =>
        At("RB014", "error-cell", Severity.Error, at, value,
            $"{column}: the cell holds the Excel error {value}. Fix the formula or type the value.");

    public static Problem FormulaWithoutValue(CellLocation at, string column) =>
        At("RB015", "formula-without-value", Severity.Error, at, null,
            $"{column}: the cell holds a formula whose result was never saved. Open the workbook in Excel and save it again, or type the value.");

    public static Problem TextTooLong(CellLocation at, int length, string column) =>
        At("RB016", "text-too-long", Severity.Warning, at, null,
            string.Create(CultureInfo.InvariantCulture, $"{column}: the text is {length:N0} characters long; Excel keeps at most 32,767 and Word paragraphs this long are unreadable."));

    public static Problem FutureDate(CellLocation at, DateOnly date, DateOnly today, string column) =>
        At("RB018", "date-in-future", Severity.Warning, at, date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{column}: {date:dd.MM.yyyy} is after today ({today:dd.MM.yyyy}); is the year right? ") +
            "A bulletin for 'latest' never covers a period that has not started.");

    public static Problem LookAlikeColumn(CellLocation at, string header, string meant) =>
        At("RB019", "unknown-column", Severity.Warning, at, header,
            $"The header '{header}' looks like {meant} but is not: {LookAlikeLetters.Explain(header, meant)}. Its values are not read; retype the header as {meant}.");

    public static Problem MisspeltColumn(CellLocation at, string header, string letter, string meant) =>
        At("RB021", "misspelt-column", Severity.Error, at, header,
            $"The header '{header}' (column {letter}) is not a column ReportBuilder reads, but it holds data and the sheet has no {meant} column: " +
            $"its values would be left out of the bulletin. Rename the header to {meant}.");

    public static Problem UnknownColumn(CellLocation at, string header, string nearest, string sheet) =>
        At("RB019", "unknown-column", Severity.Warning, at, header,
            $"The header '{header}' is not a column ReportBuilder reads, so its values are not used; did you mean {nearest}? " +
            $"Rename the header, or add the name in appsettings.json under Register:Sheets:{sheet}:Columns:{nearest}.");

    public static Problem MergedAcrossColumns(CellLocation at, string range, IReadOnlyList<string> columns) =>
        At("RB020", "merged-across-columns", Severity.Warning, at, range,
            $"The merged cells {range} cover the columns {string.Join(", ", columns)}; the value is read into {columns[0]} only, " +
            $"and {string.Join(", ", columns.Skip(1))} {(columns.Count > 2 ? "are" : "is")} read as empty. Unmerge the cells and type each column's value.");

    public static Problem DuplicateColumn(CellLocation at, string column, string firstCell) =>
        At("RB017", "duplicate-column", Severity.Warning, at, column,
            $"Column '{column}' appears twice in the header row (also at {firstCell}); the first one is used.");
}
