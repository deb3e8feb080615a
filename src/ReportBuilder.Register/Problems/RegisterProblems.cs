using System.Globalization;
using ReportBuilder.Problems;
using ReportBuilder.Register.Layout;

namespace ReportBuilder.Register.Problems;

/// <summary>
/// Every kind of register problem, one factory method each, so ids, severities and arguments
/// stay consistent; the words are in ProblemTexts (English and Russian), under the id or the id
/// and a variant. Ids are stable: documentation and scripts may rely on them.
/// </summary>
public static class RegisterProblems
{
    private static Problem At(string id, string code, Severity severity, CellLocation at, string? value, string key, params ProblemArgument[] arguments) =>
        new(id, code, severity, at.File, at.Sheet, at.Cell, value, key, arguments);

    private static Problem In(string id, string code, string file, string? sheet, string? cell, params ProblemArgument[] arguments) =>
        new(id, code, Severity.Error, file, sheet, cell, null, id, arguments);

    public static Problem NoFiles(string pattern) =>
        In("RB001", "no-register-files", pattern, null, null, ("pattern", pattern));

    /// <summary>The path came from the settings: the text names the file to correct.</summary>
    public static Problem NoFilesFromSettings(Problem noFiles, string settingsFile) =>
        noFiles.Saying("RB001.Settings", ("settingsFile", settingsFile));

    public static Problem Unreadable(string file, LocalText found, LocalText hint, string? sheet = null, string? cell = null) =>
        In("RB002", "unreadable-workbook", file, sheet, cell, ("file", file), ("found", found), ("hint", hint));

    public static Problem MissingSheet(string file, string sheet, IEnumerable<string> acceptedNames) =>
        In("RB003", "missing-sheet", file, sheet, null, ("sheet", sheet), ("accepted", acceptedNames.ToList()));

    /// <param name="tableName">The Excel Table the headers were read from, or null for row 1 of the sheet.</param>
    public static Problem MissingColumn(string file, string sheet, string column, IEnumerable<string> aliases, int headerRow, string? tableName) =>
        new("RB004", "missing-column", Severity.Error, file, sheet, null, null, tableName is null ? "RB004" : "RB004.Table",
            [("sheet", sheet), ("column", column), ("accepted", aliases.ToList()), ("row", headerRow), ("table", tableName ?? "")]);

    public static Problem HeaderNotInFirstRow(string file, string sheet, int foundRow) =>
        In("RB005", "header-not-in-row-1", file, sheet, $"A{foundRow}", ("sheet", sheet), ("row", foundRow));

    public static Problem MissingValue(CellLocation at, string column) =>
        At("RB006", "missing-value", Severity.Error, at, null, "RB006", ("column", column));

    public static Problem BadDate(CellLocation at, string value, string column) =>
        At("RB007", "bad-date", Severity.Error, at, value, "RB007", ("column", column), ("value", value));

    public static Problem BadNumber(CellLocation at, string value, string column, bool wholeNumber) =>
        At("RB008", "bad-number", Severity.Error, at, value, wholeNumber ? "RB008.Whole" : "RB008", ("column", column), ("value", value));

    public static Problem UnknownValue(CellLocation at, string value, string column, IEnumerable<string> allowed, string? meant = null) =>
        meant is null
            ? At("RB009", "unknown-value", Severity.Error, at, value, "RB009", ("column", column), ("value", value), ("allowed", allowed.ToList()))
            : At("RB009", "unknown-value", Severity.Error, at, value, "RB009.LookAlike",
                ("column", column), ("value", value), ("meant", meant), ("letters", LookAlikeLetters.Explain(value, meant)));

    public static Problem DuplicateId(CellLocation at, string value, string column, CellLocation first) =>
        At("RB010", "duplicate-id", Severity.Error, at, value, "RB010",
            ("column", column), ("value", value), ("first", first.ToString()), ("second", at.ToString()));

    public static Problem ConflictingRows(CellLocation at, string value, string column, CellLocation first, IReadOnlyList<string> differences) =>
        At("RB010", "duplicate-id", Severity.Error, at, value, "RB010.Conflict",
            ("column", column), ("value", value), ("first", first.ToString()), ("second", at.ToString()), ("differences", differences));

    public static Problem UnknownPerson(CellLocation at, string value, string? meant = null) =>
        meant is null
            ? At("RB011", "unknown-person", Severity.Error, at, value, "RB011", ("value", value))
            : At("RB011", "unknown-person", Severity.Error, at, value, "RB011.LookAlike",
                ("value", value), ("meant", meant), ("letters", LookAlikeLetters.Explain(value, meant)));

    public static Problem ArticleWithoutTitle(CellLocation at, string article, string? part = null) =>
        At("RB012", "article-without-title", Severity.Warning, at, article, "RB012",
            ("article", part is null ? article : new LocalText("RB012.Part", ("article", article), ("part", part))));

    public static Problem MissingTranslation(CellLocation at, string column, string otherColumn) =>
        At("RB013", "missing-translation", Severity.Warning, at, null, "RB013", ("column", column), ("other", otherColumn));

    public static Problem ErrorCell(CellLocation at, string value, string column) =>
        At("RB014", "error-cell", Severity.Error, at, value, "RB014", ("column", column), ("value", value));

    public static Problem FormulaWithoutValue(CellLocation at, string column) =>
        At("RB015", "formula-without-value", Severity.Error, at, null, "RB015", ("column", column));

    public static Problem TextTooLong(CellLocation at, int length, string column) =>
        At("RB016", "text-too-long", Severity.Warning, at, null, "RB016", ("column", column), ("length", length));

    public static Problem DuplicateColumn(CellLocation at, string column, string firstCell) =>
        At("RB017", "duplicate-column", Severity.Warning, at, column, "RB017", ("column", column), ("first", firstCell));

    public static Problem FutureDate(CellLocation at, DateOnly date, DateOnly today, string column) =>
        At("RB018", "date-in-future", Severity.Warning, at, date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), "RB018",
            ("column", column), ("date", date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)), ("today", today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));

    public static Problem LookAlikeColumn(CellLocation at, string header, string meant) =>
        At("RB019", "unknown-column", Severity.Warning, at, header, "RB019.LookAlike",
            ("header", header), ("meant", meant), ("letters", LookAlikeLetters.Explain(header, meant)));

    public static Problem UnknownColumn(CellLocation at, string header, string nearest, string sheet) =>
        At("RB019", "unknown-column", Severity.Warning, at, header, "RB019", ("header", header), ("nearest", nearest), ("sheet", sheet));

    public static Problem MergedAcrossColumns(CellLocation at, string range, IReadOnlyList<string> columns) =>
        At("RB020", "merged-across-columns", Severity.Warning, at, range, "RB020",
            ("range", range), ("columns", columns), ("first", columns[0]), ("others", columns.Skip(1).ToList()));

    public static Problem MixedAlphabets(CellLocation at, string value, string column, string word, string? meant) =>
        meant is null
            ? At("RB022", "mixed-alphabets", Severity.Warning, at, value, "RB022.NoMeant", ("column", column), ("word", word))
            : At("RB022", "mixed-alphabets", Severity.Warning, at, value, "RB022",
                ("column", column), ("word", word), ("meant", meant), ("letters", LookAlikeLetters.Explain(word, meant)));

    public static Problem LatinInRussianColumn(CellLocation at, string value, string column) =>
        At("RB023", "latin-in-russian-column", Severity.Warning, at, value, "RB023", ("column", column), ("value", value));

    public static Problem MisspeltColumn(CellLocation at, string header, string letter, string meant) =>
        At("RB021", "misspelt-column", Severity.Error, at, header, "RB021", ("header", header), ("letter", letter), ("meant", meant));
}
