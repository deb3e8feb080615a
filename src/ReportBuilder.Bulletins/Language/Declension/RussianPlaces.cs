namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// Towns and villages in every case: Талгар → из Талгара, Акмола → Акмолы, Капшагай →
/// Капшагая; names ending in another vowel (Шу, Каратау, Алматы) do not change. A hyphenated
/// name declines its last part (Усть-Каменогорск → Усть-Каменогорска). A town named by an
/// adjective declines as one (Солнечный → Солнечного, Луговое → Лугового, Заречная →
/// Заречной), with its noun when it has one (Зелёная Роща → Зелёной Рощи); after «село»,
/// «посёлок», «аул» … the word declines and the name stays (из села Каменка). Any other name
/// of several words, or another ending in ь (masculine or feminine?), is unsure.
/// </summary>
public static class RussianPlaces
{
    // Endings: genitive, dative, accusative ("=": as the nominative, inanimate), instrumental, prepositional.
    private static readonly EndingRule[] Nouns =
    [
        EndingRule.Of("ия", 1, "и и ю ей и"), EndingRule.Of("а", 1, "ы е у ой е"), EndingRule.Of("я", 1, "и е ю ей е"),
        EndingRule.Of("й", 1, "я ю = ем е"),
        // Of the towns in -ь, those in -ань are feminine (Казань, Сарань → Сарани) and those in -поль masculine (Севастополя).
        EndingRule.Of("ань", 1, "и и = ью и"), EndingRule.Of("поль", 1, "я ю = ем е"),
        .. "бвгджзклмнпрстфхцчшщ".Select(c => EndingRule.Of(c.ToString(), 0, "а у = ом е")),
        EndingRule.Unchanged("о"), EndingRule.Unchanged("е"), EndingRule.Unchanged("и"), EndingRule.Unchanged("у"),
        EndingRule.Unchanged("ы"), EndingRule.Unchanged("ю"), EndingRule.Unchanged("э"),
    ];

    /// <summary>Adjectives, by the gender their ending shows; -кий/-гий/-хий keep the hard endings, other -ий the soft ones.</summary>
    private static readonly (EndingRule Rule, char Gender)[] Adjectives =
    [
        (EndingRule.Of("кий", 2, "ого ому = им ом"), 'm'), (EndingRule.Of("гий", 2, "ого ому = им ом"), 'm'), (EndingRule.Of("хий", 2, "ого ому = им ом"), 'm'),
        (EndingRule.Of("ый", 2, "ого ому = ым ом"), 'm'), (EndingRule.Of("ой", 2, "ого ому = ым ом"), 'm'), (EndingRule.Of("ий", 2, "его ему = им ем"), 'm'),
        (EndingRule.Of("ое", 2, "ого ому = ым ом"), 'n'), (EndingRule.Of("ее", 2, "его ему = им ем"), 'n'),
        (EndingRule.Of("ая", 2, "ой ой ую ой ой"), 'f'), (EndingRule.Of("яя", 2, "ей ей юю ей ей"), 'f'),
    ];

    /// <summary>Neuter nouns after a neuter adjective (Новое Поле → Нового Поля); alone, such a name (Актобе) does not change.</summary>
    private static readonly EndingRule[] NeuterNouns = [EndingRule.Of("ие", 1, "я ю е ем и"), EndingRule.Of("о", 1, "а у о ом е"), EndingRule.Of("е", 1, "я ю е ем е")];

    /// <summary>The kind of place named before the name: it declines, the name keeps its nominative (из села Каменка).</summary>
    private static readonly Dictionary<string, EndingRule> KindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["село"] = EndingRule.Of("о", 1, "а у о ом е"),
        ["посёлок"] = EndingRule.Of("ок", 2, "ка ку = ком ке"),
        ["поселок"] = EndingRule.Of("ок", 2, "ка ку = ком ке"),
        ["аул"] = EndingRule.Of("л", 0, "а у = ом е"),
        ["город"] = EndingRule.Of("д", 0, "а у = ом е"),
        ["деревня"] = EndingRule.Of("я", 1, "и е ю ей е"),
        ["станция"] = EndingRule.Of("ия", 1, "и и ю ей и"),
        ["хутор"] = EndingRule.Of("р", 0, "а у = ом е"),
    };

    /// <summary>The tables, named, for the test that no row is hidden behind an earlier, shorter one.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<EndingRule> Rules)> Tables =>
        [("place nouns", Nouns), ("place adjectives", [.. Adjectives.Select(a => a.Rule)]), ("neuter nouns", NeuterNouns)];

    public static Declined Decline(string place, GrammaticalCase grammaticalCase)
    {
        var name = place.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && KindWords.TryGetValue(words[0], out var kind))
            return new Declined(kind.Apply(words[0], grammaticalCase) + name[words[0].Length..], true);
        if (words.Length == 2 && Adjective(words[0]) is { } adjective)
        {
            var noun = adjective.Gender == 'n' ? Find(NeuterNouns, words[1]) : Find(Nouns, words[1]) is { Endings: not null } n && !words[1].EndsWith('ь') ? n : null;
            return noun is null ? Declined.Unsure(place)
                : new Declined($"{adjective.Rule.Apply(words[0], grammaticalCase)} {noun.Apply(words[1], grammaticalCase)}", true);
        }
        if (words.Length > 1) return Declined.Unsure(place);
        if (Adjective(name) is { } alone) return new Declined(alone.Rule.Apply(name, grammaticalCase), true);
        var dash = name.LastIndexOf('-');
        var last = name[(dash + 1)..];
        var rule = Find(Nouns, last);
        return rule is null ? Declined.Unsure(place) : new Declined(name[..(dash + 1)] + rule.Apply(last, grammaticalCase), true);
    }

    /// <summary>The adjective rule for a Cyrillic word of at least five letters (Заречный; not a short name such as Аксай).</summary>
    private static (EndingRule Rule, char Gender)? Adjective(string word)
    {
        if (word.Length < 5 || !Spelling.IsCyrillic(word)) return null;
        var lower = word.ToLowerInvariant();
        foreach (var adjective in Adjectives)
            if (adjective.Rule.Matches(lower)) return adjective;
        return null;
    }

    private static EndingRule? Find(EndingRule[] table, string word) => Spelling.IsCyrillic(word) ? EndingRule.Find(table, word) : null;
}
