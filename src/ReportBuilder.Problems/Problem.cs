using ReportBuilder.Problems;
namespace ReportBuilder.Problems;

/// <summary>
/// One thing wrong, anywhere: in the register, a template, a request or the settings. It is
/// data, not text: a stable id (RB004, T003, C002 …), a severity, where it is (a file; a sheet
/// and cell; or a place in a template) and named arguments. Its words are rendered at the edge,
/// in the reader's language, from the text key (the id, or the id and a variant: RB009.LookAlike).
/// </summary>
/// <param name="Id">Stable identifier of the kind of problem, for docs, filtering and scripts.</param>
/// <param name="Code">Readable slug of the same kind (bad-date).</param>
/// <param name="File">The workbook, template or settings file; for a request, what was asked.</param>
/// <param name="Value">The value found in the cell, when there is one.</param>
/// <param name="Key">The text key in ProblemTexts: the message, and an optional "Key.Hint".</param>
/// <param name="Place">Where in a template, for template problems.</param>
public sealed record Problem(
    string Id,
    string Code,
    Severity Severity,
    string File,
    string? Sheet,
    string? Cell,
    string? Value,
    string Key,
    IReadOnlyList<ProblemArgument> Arguments,
    TemplateLocation? Place = null)
{
    /// <summary>The message in English: for logs, exception messages and tests.</summary>
    public string Message => Text(UiLanguage.English);

    /// <summary>The message in the reader's language.</summary>
    public string Text(UiLanguage language) => ProblemTexts.Render(Key, Arguments, language);

    /// <summary>What to do, when the text keeps it apart from the message (command-line errors); for someone who double-clicked a launcher, without command syntax.</summary>
    public string? Hint(UiLanguage language, bool forLauncher = false) =>
        (forLauncher ? ProblemTexts.TryRender(Key + ".Hint.Launcher", Arguments, language) : null)
        ?? ProblemTexts.TryRender(Key + ".Hint", Arguments, language);

    /// <summary>Where the problem is, as people say it: <c>register.xlsx Events!D14</c>, or a template's part and paragraph.</summary>
    public string Location => Where(UiLanguage.English);

    public string Where(UiLanguage language) =>
        Place is { } place ? place.In(language)
        : Sheet is null ? File
        : Cell is null ? $"{File} {Sheet}"
        : $"{File} {Sheet}!{Cell}";

    /// <summary>The argument of that name, or null.</summary>
    public object? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name)?.Value;

    /// <summary>A copy that says more: the same id and place, another text key with more arguments.</summary>
    public Problem Saying(string key, params ProblemArgument[] more) => this with { Key = key, Arguments = [.. Arguments, .. more] };

    public override string ToString() => $"{Severity.ToString().ToUpperInvariant()} {Id} {Location}: {Message}";
}
