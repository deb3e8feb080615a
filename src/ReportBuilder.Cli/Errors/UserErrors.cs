using ReportBuilder.Cli.Output;

namespace ReportBuilder.Cli.Errors;

/// <summary>One factory per user mistake, each with a hint saying what to do.</summary>
public static class UserErrors
{
    public static UserException BadConfiguration(string file, string detail) => new(
        $"The configuration in {file} is not valid: {detail}",
        "Compare the keys with the shipped appsettings.json; keys are Section:Key (Register:Paths, Bulletin:OutputFolder).",
        ExitCodes.Usage);

    public static UserException UnknownKey(string key, string? suggestion, string source) => new(
        $"Unknown configuration key {key} (set in {source})." + (suggestion is null ? "" : $" Did you mean {suggestion}?"),
        "Keys are listed in the shipped appsettings.json and in README.md; a misspelt key would otherwise be ignored.",
        ExitCodes.Usage);

    public static UserException InvalidJson(string file, long line, long column, string detail) => new(
        $"{file} is not valid JSON (line {line}, column {column}): {detail}",
        "Check for a missing comma or quote near that place; a text editor with JSON support shows it.",
        ExitCodes.Usage);

    public static UserException NotUtf8(string file, long line) => new(
        $"{file} line {line}: the file is not saved as UTF-8, so a Cyrillic or accented letter there cannot be read (it was saved in the Windows code page, as Notepad's \"ANSI\").",
        "Open it in Notepad, choose File > Save As, set Encoding to UTF-8, and save it over the old one.",
        ExitCodes.Usage);

    public static UserException NotAList(string file, string key, string example) => new(
        $"In {file}, {key} must be a list in square brackets, but it is a single text.",
        $"Write it as a list, for example {example}.",
        ExitCodes.Usage);

    public static UserException BackslashInPath(string file, long line) => new(
        $"{file} line {line}: a backslash (\\) in JSON starts an escape, so a Windows path like \"C:\\Users\\Dana\\register.xlsx\" cannot be read as written.",
        "Write each backslash twice (\"C:\\\\Users\\\\Dana\\\\register.xlsx\") or use forward slashes (\"C:/Users/Dana/register.xlsx\").",
        ExitCodes.Usage);

    public static UserException BadOption(string key, string found, string expected) => new(
        $"Configuration key {key}: found '{found}', expected {expected}.",
        "Set it in appsettings.json, as REPORTBUILDER__" + key.Replace(":", "__", StringComparison.Ordinal) + ", or with --set " + key + "=VALUE.",
        ExitCodes.Usage);

    public static UserException BadSetOption(string found) => new(
        $"--set '{found}' is not of the form Section:Key=value.",
        "For example: --set Bulletin:OutputFolder=drafts",
        ExitCodes.Usage);

    public static UserException NoRegister() => new(
        "No register is configured.",
        Audience.Hint("Pass --register PATH, or set Register:Paths in appsettings.json.",
            "Open appsettings.json beside the launchers in Notepad and set Register:Paths to your register, for example \"Paths\": [ \"C:/Users/Dana/register.xlsx\" ]."),
        ExitCodes.Usage);
}
