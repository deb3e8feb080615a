using ReportBuilder.Bulletins.Options;
using ReportBuilder.Problems;

namespace ReportBuilder.Cli.Errors;

/// <summary>One factory per mistake in the settings or options, each with a hint (in ProblemTexts, under C0nn.Hint).</summary>
public static class UserErrors
{
    public static UserException BadConfiguration(string file, string detail) =>
        UserException.Of("C001", "bad-configuration", file, ExitCodes.Usage, ("file", file), ("detail", detail));

    public static UserException UnknownKey(string key, string? suggestion, string source) =>
        UserException.Of("C002", "unknown-key", source, ExitCodes.Usage, ("key", key), ("source", source),
            ("suggestion", suggestion is null ? new LocalText("Empty") : new LocalText("C002.Suggestion", ("suggestion", suggestion))));

    public static UserException InvalidJson(string file, long line, long column, string detail) =>
        new(SettingsProblems.InvalidJson(file, line, column, detail), ExitCodes.Usage);

    public static UserException NotUtf8(string file, long line) => new(SettingsProblems.NotUtf8(file, line), ExitCodes.Usage);

    public static UserException NotAList(string file, string key, string example) => new(SettingsProblems.NotAList(file, key, example), ExitCodes.Usage);

    public static UserException BackslashInPath(string file, long line) => new(SettingsProblems.BackslashInPath(file, line), ExitCodes.Usage);

    public static UserException BadOption(string key, object found, LocalText expected) =>
        UserException.Of("C007", "bad-option", key, ExitCodes.Usage, ("key", key), ("found", found), ("expected", expected),
            ("variable", "REPORTBUILDER__" + key.Replace(":", "__", StringComparison.Ordinal)));

    public static UserException BadSetOption(string found) =>
        UserException.Of("C008", "bad-set-option", found, ExitCodes.Usage, ("found", found));

    public static UserException NoRegister() =>
        UserException.Of("C009", "no-register", "appsettings.json", ExitCodes.Usage);

    public static UserException BadRegisterKey(string key, string detail) =>
        UserException.Of("C010", "bad-register-key", key, ExitCodes.Usage, ("key", key), ("detail", detail));

    public static UserException BadCulture(string name) =>
        UserException.Of("C011", "bad-culture", name, ExitCodes.Usage, ("name", name));

    public static UserException DataUnreadable(string path, string detail) =>
        UserException.Of("C012", "data-unreadable", path, ExitCodes.InputErrors, ("path", path), ("detail", detail));

    public static UserException DataNotJson(string path, long line, long column, string detail) =>
        UserException.Of("C013", "data-not-json", path, ExitCodes.InputErrors, ("path", path), ("line", line), ("column", column), ("detail", detail));

    public static UserException TooFewEvents() =>
        UserException.Of("C014", "too-few-events", "--events", ExitCodes.Usage);

    public static UserException AnnotateOneWorkbook(int count) =>
        UserException.Of("C015", "annotate-one-workbook", "--annotate", ExitCodes.Usage, ("count", count));

    public static UserException AnnotateNotTheRegister() =>
        UserException.Of("C016", "annotate-not-the-register", "--annotate", ExitCodes.Usage);

    public static UserException BadUiLanguage(string found) =>
        UserException.Of("C017", "bad-ui-language", found, ExitCodes.Usage, ("found", found));

    /// <summary>A refusal of the pipeline, worded for the command line: the same id, the command line's own hint.</summary>
    public static UserException Refused(Problem problem, string key, int exitCode) => new(problem.Saying(key), exitCode);
}
