namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// Descriptions of a person (noun phrases) in every case: the adjectives in front and the
/// head noun decline, what follows the head stays («участник мирных протестов» → «участника
/// мирных протестов»), coordinated heads decline together («гражданский активист и участник
/// …»), a phrase of adjectives alone is a substantivised adjective («бывший политический
/// заключённый»). A word the tables do not know, where a head is expected, makes it unsure.
/// </summary>
public static class RussianPhrases
{
    private enum Kind { Masculine, Feminine, Neuter }

    // Endings: genitive, dative, accusative (animate: as the genitive), instrumental, prepositional.
    private static readonly (EndingRule Rule, Kind Kind)[] Adjectives =
    [
        (EndingRule.Of("кий", 2, "ого ому ого ым ом"), Kind.Masculine), (EndingRule.Of("гий", 2, "ого ому ого ым ом"), Kind.Masculine),
        (EndingRule.Of("хий", 2, "ого ому ого ым ом"), Kind.Masculine),
        (EndingRule.Of("ый", 2, "ого ому ого ым ом"), Kind.Masculine), (EndingRule.Of("ой", 2, "ого ому ого ым ом"), Kind.Masculine),
        (EndingRule.Of("ий", 2, "его ему его им ем"), Kind.Masculine),
        (EndingRule.Of("ая", 2, "ой ой ую ой ой"), Kind.Feminine), (EndingRule.Of("яя", 2, "ей ей юю ей ей"), Kind.Feminine),
        (EndingRule.Of("ое", 2, "ого ому ое ым ом"), Kind.Neuter), (EndingRule.Of("ее", 2, "его ему ее им ем"), Kind.Neuter),
    ];

    /// <summary>Nouns that end like adjectives.</summary>
    private static readonly HashSet<string> NounsLikeAdjectives = new(StringComparer.OrdinalIgnoreCase) { "герой", "гений", "изгой", "лидер" };

    private static readonly (EndingRule Rule, Kind Kind)[] Nouns =
    [
        (EndingRule.Of("кузнец", 0, "а у а ом е"), Kind.Masculine), (EndingRule.Of("мудрец", 0, "а у а ом е"), Kind.Masculine),
        (EndingRule.Of("ец", 2, "ца цу ца цом це"), Kind.Masculine),
        // Мать and дочь grow -ер- outside the nominative and accusative.
        (EndingRule.Of("мать", 1, "ери ери ь ерью ери"), Kind.Feminine), (EndingRule.Of("дочь", 1, "ери ери ь ерью ери"), Kind.Feminine),
        (EndingRule.Of("тель", 1, "я ю я ем е"), Kind.Masculine), (EndingRule.Of("арь", 1, "я ю я ём е"), Kind.Masculine),
        (EndingRule.Of("ой", 1, "я ю я ем е"), Kind.Masculine), (EndingRule.Of("ий", 1, "я ю я ем и"), Kind.Masculine),
        (EndingRule.Of("ия", 1, "и и ю ей и"), Kind.Feminine), (EndingRule.Of("а", 1, "ы е у ой е"), Kind.Feminine),
        (EndingRule.Of("я", 1, "и е ю ей е"), Kind.Feminine),
        (EndingRule.Of("о", 1, "а у о ом е"), Kind.Neuter),
        .. "бвгджзклмнпрстфхцчшщ".Select(c => (EndingRule.Of(c.ToString(), 0, "а у а ом е"), Kind.Masculine)),
    ];

    /// <summary>Prepositions and conjunctions: never the head of a phrase.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    { "и", "или", "а", "но", "в", "во", "на", "с", "со", "у", "о", "об", "от", "до", "по", "при", "для", "без", "над", "под", "из", "за", "к", "ко", "про", "через" };

    /// <summary>Endings of plural and oblique forms, which a coordinated head in the nominative does not have.</summary>
    private static readonly string[] ObliqueEndings = ["ов", "ев", "ёв", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ым", "им", "ых", "их", "ой", "ии"];

    /// <summary>The tables, named, for the test that no row is hidden behind an earlier, shorter one.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<EndingRule> Rules)> Tables =>
        [("description adjectives", [.. Adjectives.Select(a => a.Rule)]), ("description nouns", [.. Nouns.Select(n => n.Rule)])];

    public static Declined Decline(string phrase, GrammaticalCase grammaticalCase)
    {
        if (grammaticalCase == GrammaticalCase.Nominative) return new Declined(phrase, true);
        var words = phrase.Split(' ');
        var seeking = true;
        var declinedAny = false;
        Kind? kind = null;
        for (var i = 0; i < words.Length; i++)
        {
            var (lead, core, trail) = Split(words[i]);
            if (seeking)
            {
                if (Adjective(core) is { } adjective && (kind is null || kind == adjective.Kind))
                {
                    words[i] = lead + adjective.Rule.Apply(core, grammaticalCase) + trail;
                    kind ??= adjective.Kind;
                    declinedAny = true;
                    continue;
                }
                if (Compound(core) is { } compound && (kind is null || kind == compound.Kind || !declinedAny))
                {
                    words[i] = lead + compound.Apply(grammaticalCase) + trail;
                    kind ??= compound.Kind;
                    seeking = false;
                    declinedAny = true;
                    // The head itself may end in a comma before an apposition: «блогер, автор канала».
                    if (trail.EndsWith(',')) NextHead(i);
                    continue;
                }
                // Adjectives, then a phrase of their own, then their noun: «известный в области адвокат».
                if (declinedAny && FunctionWords.Contains(core) && HeadAfter(words, i + 1, kind) is { } head)
                {
                    i = head - 1;
                    continue;
                }
                // The adjectives were the head (бывший политический заключённый) only where nothing
                // follows them or what follows cannot be their noun (a preposition, after a comma);
                // a word the tables do not know may be that noun (многодетная мать): unsure.
                if (!declinedAny || !(FunctionWords.Contains(core) || Split(words[i - 1]).Trail.Length > 0)) return Declined.Unsure(phrase);
                seeking = false;
            }
            // After the head: a coordinated head may follow "и" or a comma, in the same gender.
            if (core == "и" || trail.EndsWith(',')) NextHead(i);
        }
        return new Declined(string.Join(' ', words), true);

        // After "и" or a comma at word i: does another head begin? A masculine head after a
        // feminine one keeps its own gender («журналистка и переводчик»).
        void NextHead(int i)
        {
            if (i + 1 >= words.Length || !StartsHead(Split(words[i + 1]).Core, kind)) return;
            seeking = true;
            if (Noun(Split(words[i + 1]).Core) is { Kind: Kind.Masculine }) (kind, declinedAny) = (null, false);
        }
    }

    /// <summary>
    /// Whether a word after "и" or a comma begins another head in the nominative: the same
    /// gender as the first, or a masculine noun in a consonant (its nominative; a genitive never
    /// ends so), which cannot be read as a genitive («член партии и профсоюза» stays as it is).
    /// </summary>
    private static bool StartsHead(string word, Kind? kind)
    {
        if (Adjective(word) is { } adjective) return adjective.Kind == kind;
        var lower = word.ToLowerInvariant();
        if (ObliqueEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))) return false;
        return Compound(word) is { } noun && (noun.Kind == kind || (noun.Kind == Kind.Masculine && Spelling.IsConsonant(lower[^1])));
    }

    /// <summary>The index of the noun that the adjectives before a prepositional phrase belong to, within three words; null if none.</summary>
    private static int? HeadAfter(string[] words, int from, Kind? kind)
    {
        for (var j = from + 1; j < Math.Min(words.Length, from + 4); j++)
        {
            var core = Split(words[j]).Core;
            var lower = core.ToLowerInvariant();
            if (Split(words[j - 1]).Trail.Length > 0) return null; // a comma or bracket ends the phrase
            // A masculine noun in a consonant is a nominative; a feminine one in -а/-я only where it
            // ends the phrase (else it may be a genitive: «известная в кругу друга …»).
            if (!ObliqueEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) && Noun(core) is { } noun && noun.Kind == kind
                && (Spelling.IsConsonant(lower[^1]) || (kind == Kind.Feminine && j == words.Length - 1)))
                return j;
        }
        return null;
    }

    /// <summary>Prefixes that stay as they are in a compound: вице-президент → вице-президента.</summary>
    private static readonly HashSet<string> FixedPrefixes = new(StringComparer.OrdinalIgnoreCase) { "вице", "экс", "обер", "унтер", "лейб", "штаб", "пресс", "генерал" };

    /// <summary>A noun, or a hyphenated compound whose parts all decline (инженер-строитель → инженера-строителя).</summary>
    private static CompoundNoun? Compound(string word)
    {
        var parts = word.Split('-');
        if (parts.Length == 1) return Noun(word) is { } single ? new CompoundNoun([single.Rule], [word], single.Kind) : null;
        var rules = new List<EndingRule?>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i < parts.Length - 1 && FixedPrefixes.Contains(parts[i])) { rules.Add(null); continue; }
            if (Noun(parts[i]) is not { } part) return null;
            rules.Add(part.Rule);
        }
        return Noun(parts[^1]) is { } last ? new CompoundNoun(rules, parts, last.Kind) : null;
    }

    private sealed record CompoundNoun(IReadOnlyList<EndingRule?> Rules, string[] Parts, Kind Kind)
    {
        public string Apply(GrammaticalCase grammaticalCase) =>
            string.Join('-', Parts.Select((part, i) => Rules[i] is { } rule ? rule.Apply(part, grammaticalCase) : part));
    }

    private static (EndingRule Rule, Kind Kind)? Adjective(string word)
    {
        if (!Spelling.IsCyrillic(word) || word.Length < 4 || NounsLikeAdjectives.Contains(word)) return null;
        var lower = word.ToLowerInvariant();
        foreach (var entry in Adjectives)
        {
            if (entry.Rule.Matches(lower)) return entry;
        }
        return null;
    }

    private static (EndingRule Rule, Kind Kind)? Noun(string word)
    {
        if (!Spelling.IsCyrillic(word) || word.Length < 2 || word.All(char.IsUpper) || FunctionWords.Contains(word)) return null;
        var lower = word.ToLowerInvariant();
        foreach (var entry in Nouns)
        {
            if (entry.Rule.Matches(lower)) return entry;
        }
        return null;
    }

    /// <summary>A word without the punctuation around it: («участник», → «, участник, »,).</summary>
    private static (string Lead, string Core, string Trail) Split(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetter(word[start])) start++;
        var end = word.Length;
        while (end > start && !char.IsLetter(word[end - 1])) end--;
        return (word[..start], word[start..end], word[end..]);
    }
}
