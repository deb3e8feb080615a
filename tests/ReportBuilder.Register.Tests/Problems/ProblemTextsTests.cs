using System.Text.RegularExpressions;
using ReportBuilder.Problems;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Register.Tests.Problems;

/// <summary>The words of every problem, hint and place, in English and Russian, kept in step.</summary>
public sealed partial class ProblemTextsTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ProblemTexts.All(UiLanguage.English);
    private static readonly IReadOnlyDictionary<string, string> Russian = ProblemTexts.All(UiLanguage.Russian);

    [Fact]
    public void Every_text_is_in_both_languages()
    {
        Assert.True(English.Count > 200, $"only {English.Count} English texts were read: is the resource embedded?");
        Assert.Empty(English.Keys.Except(Russian.Keys));
        Assert.Empty(Russian.Keys.Except(English.Keys));
    }

    [Fact]
    public void Both_languages_quote_the_same_arguments()
    {
        var differing = English.Where(e => !ProblemTexts.PlaceholdersOf(e.Value).SetEquals(ProblemTexts.PlaceholdersOf(Russian[e.Key])))
            .Select(e => $"{e.Key}: en {{{string.Join(",", ProblemTexts.PlaceholdersOf(e.Value))}}} ru {{{string.Join(",", ProblemTexts.PlaceholdersOf(Russian[e.Key]))}}}");
        Assert.Empty(differing);
    }

    [Fact]
    public void No_Russian_text_is_left_in_English()
    {
        var english = Russian.Where(r => r.Value.Length > 0 && RussianSurface.EnglishWords(r.Value).Count > 0)
            .Select(r => $"{r.Key}: {string.Join(", ", RussianSurface.EnglishWords(r.Value))}");
        Assert.Empty(english);
    }

    /// <summary>Every key the code names (ids, variants, phrases) has a text, so no message can fail to render.</summary>
    [Fact]
    public void Every_key_the_code_names_has_a_text()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.File("src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            foreach (Match key in KeyLiteral().Matches(File.ReadAllText(file)))
            {
                if (!English.ContainsKey(key.Groups[1].Value)) missing.Add($"{key.Groups[1].Value} ({Path.GetFileName(file)})");
            }
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en", 25000, "25,000")]
    [InlineData("ru", 25000, "25 000")]
    public void Numbers_are_written_the_readers_way(string language, int count, string expected)
    {
        var text = ProblemTexts.Render("T020", [("paragraph", 2), ("part", "body"), ("opening", "x"), ("count", count), ("limit", 100)], UiLanguages.For(language));
        Assert.Contains(expected, text.Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru-RU", UiLanguage.Russian)]
    [InlineData("kk-KZ", UiLanguage.Russian)]
    [InlineData("en-US", UiLanguage.English)]
    [InlineData("de-DE", UiLanguage.English)]
    [InlineData("", UiLanguage.English)]
    public void The_readers_language_follows_the_culture(string culture, UiLanguage expected) =>
        Assert.Equal(expected, UiLanguages.For(culture));

    // A key literal: an id (RB004, T014, C007, W002, Q003) with or without a variant, or a phrase key (Where.Sheet, Cli.Period …).
    [GeneratedRegex(@"""((?:RB|T|C|W|Q)\d{3}(?:\.[A-Z][A-Za-z]*)*|(?:Where|Part|LookAlike|Period|Cli|Marked|Severity|Damage)\.[A-Z][A-Za-z.]*[A-Za-z])""")]
    private static partial Regex KeyLiteral();
}
