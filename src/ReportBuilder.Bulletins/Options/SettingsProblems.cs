using ReportBuilder.Problems;

namespace ReportBuilder.Bulletins.Options;

/// <summary>What can be wrong with the settings file itself, wherever it is read (the command line, the add-in).</summary>
public static class SettingsProblems
{
    private static Problem Make(string id, string code, string file, params ProblemArgument[] arguments) =>
        new(id, code, Severity.Error, file, null, null, null, id, arguments);

    public static Problem InvalidJson(string file, long line, long column, string detail) =>
        Make("C003", "invalid-json", file, ("file", file), ("line", line), ("column", column), ("detail", detail));

    public static Problem NotUtf8(string file, long line) => Make("C004", "not-utf8", file, ("file", file), ("line", line));

    public static Problem NotAList(string file, string key, string example) =>
        Make("C005", "not-a-list", file, ("file", file), ("key", key), ("example", example));

    public static Problem BackslashInPath(string file, long line) => Make("C006", "backslash-in-path", file, ("file", file), ("line", line));
}
