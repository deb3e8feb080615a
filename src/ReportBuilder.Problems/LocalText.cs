namespace ReportBuilder.Problems;

/// <summary>
/// A phrase said in the reader's language, for a part of a problem's text that varies
/// (a hint chosen by the caller, a detail): a key in ProblemTexts and its arguments.
/// </summary>
public sealed record LocalText(string Key, IReadOnlyList<ProblemArgument> Arguments)
{
    public LocalText(string key, params ProblemArgument[] arguments) : this(key, (IReadOnlyList<ProblemArgument>)arguments) { }

    public string In(UiLanguage language) => ProblemTexts.Render(Key, Arguments, language);

    public override string ToString() => In(UiLanguage.English);
}
