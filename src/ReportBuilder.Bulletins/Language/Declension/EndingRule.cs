namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// One row of a declension table: a word ending in Suffix loses its last Strip letters and
/// takes the ending of the case asked for (genitive, dative, accusative, instrumental,
/// prepositional). Null endings mean the word does not change. A doubtful row names a class
/// of words that Russian usage declines in more than one way (Кравец: Кравца or Кравеца): the
/// rules do not guess, the word is unsure.
/// </summary>
internal sealed record EndingRule(string Suffix, int Strip, string[]? Endings, bool Doubtful = false)
{
    public static EndingRule Of(string suffix, int strip, string endings) => new(suffix, strip, endings.Split(' '));

    public static EndingRule Unchanged(string suffix) => new(suffix, 0, null);

    public static EndingRule Unsure(string suffix) => new(suffix, 0, null, Doubtful: true);

    public bool Matches(string lower) => lower.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>The word in the case, keeping its capitals (САБАНШИЕВ → САБАНШИЕВУ, Еркын → Еркыну).</summary>
    public string Apply(string word, GrammaticalCase grammaticalCase)
    {
        if (Endings is null || grammaticalCase == GrammaticalCase.Nominative) return word;
        var stem = word[..^Strip];
        var ending = Spelling.Adjust(stem, Endings[(int)grammaticalCase - 1]);
        if (ending == "=") return word; // accusative of an inanimate noun: as the nominative
        var upper = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return stem + (upper ? ending.ToUpperInvariant() : ending);
    }

    /// <summary>The first rule whose suffix ends the word (tables list longer suffixes first).</summary>
    public static EndingRule? Find(IReadOnlyList<EndingRule> table, string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var rule in table)
        {
            if (rule.Matches(lower)) return rule;
        }
        return null;
    }
}
