using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace ReportBuilder.Problems;

/// <summary>
/// The words of every problem, hint and place, per language, from ProblemTexts.resx (English)
/// and ProblemTexts.ru.resx (Russian). A text names its arguments: «Sheet '{sheet}' has no
/// column '{column}'»; a number may carry a format ({length:N0}), written in the language's way.
/// </summary>
public static partial class ProblemTexts
{
    private static readonly ResourceManager English = new("ReportBuilder.Problems.ProblemTexts.en", typeof(ProblemTexts).Assembly);
    private static readonly ResourceManager Russian = new("ReportBuilder.Problems.ProblemTexts.ru", typeof(ProblemTexts).Assembly);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?::([^{}]+))?\}")]
    internal static partial Regex Placeholder();

    /// <summary>The text for a key with its arguments filled in; English where the language lacks the key.</summary>
    /// <exception cref="InvalidOperationException">No language has the key: a bug, caught by the resource tests.</exception>
    public static string Render(string key, IReadOnlyList<ProblemArgument> arguments, UiLanguage language) =>
        TryRender(key, arguments, language)
        ?? throw new InvalidOperationException($"No text for '{key}' in ProblemTexts.resx.");

    /// <summary>The text for a key, or null when no language has it (an optional hint).</summary>
    public static string? TryRender(string key, IReadOnlyList<ProblemArgument> arguments, UiLanguage language)
    {
        var template = Template(key, language) ?? Template(key, UiLanguage.English);
        return template is null ? null : Fill(template, arguments, language);
    }

    /// <summary>The raw text of a key in one language (placeholders unfilled), or null.</summary>
    public static string? Template(string key, UiLanguage language) =>
        (language == UiLanguage.Russian ? Russian : English).GetString(key, CultureInfo.InvariantCulture);

    /// <summary>Every key and its raw text in one language, for the tests that keep the languages in step.</summary>
    public static IReadOnlyDictionary<string, string> All(UiLanguage language)
    {
        var set = (language == UiLanguage.Russian ? Russian : English).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("ProblemTexts resources are missing from the assembly.");
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set) all[(string)entry.Key] = (string)entry.Value!;
        return all;
    }

    private static string Fill(string template, IReadOnlyList<ProblemArgument> arguments, UiLanguage language) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var argument in arguments)
                if (argument.Name == name) return Format(argument.Value, match.Groups[2].Success ? match.Groups[2].Value : null, language);
            return match.Value;
        });

    /// <summary>An argument as the reader's language writes it.</summary>
    public static string Format(object value, string? format, UiLanguage language) => Format(value, format, language, language.Culture());

    /// <summary>An argument as one line of text for scripts (JSON): invariant numbers, lists joined by commas.</summary>
    public static string Invariant(object value) => Format(value, null, UiLanguage.English, CultureInfo.InvariantCulture);

    private static string Format(object value, string? format, UiLanguage language, CultureInfo numbers) => value switch
    {
        string text => text,
        LocalText phrase => phrase.In(language),
        IEnumerable<LocalText> phrases => string.Join("; ", phrases.Select(p => p.In(language))),
        IFormattable number => number.ToString(format, numbers),
        IEnumerable<string> list => string.Join(", ", list),
        _ => value.ToString() ?? "",
    };

    /// <summary>The names a text's placeholders use, for the test that both languages use the same.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string template)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in Placeholder().Matches(template)) names.Add(match.Groups[1].Value);
        return names;
    }

    /// <summary>"error" / "ошибка": the severity word, one place for every front end.</summary>
    public static string SeverityWord(Severity severity, UiLanguage language) =>
        Render(severity == Severity.Error ? "Severity.Error" : "Severity.Warning", [], language);
}
