using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// Given names and surnames in every case, by gender, Russian and Kazakh alike. The tables
/// list endings, longest first; a word no row matches (Latin letters, a pattern the rules do
/// not know) is unsure and stays in the nominative.
/// </summary>
public static class RussianNames
{
    // Declared first: the tables below use it as they are initialised.
    private static readonly EndingRule[] VowelBeforeA = [.. "аеиоуэюя".Select(v => EndingRule.Unchanged(v + "а"))];

    // Endings in the order genitive, dative, accusative, instrumental, prepositional.
    private static readonly EndingRule[] MaleSurnames =
    [
        EndingRule.Unchanged("ко"), EndingRule.Unchanged("их"), EndingRule.Unchanged("ых"), EndingRule.Unchanged("аго"), EndingRule.Unchanged("яго"),
        EndingRule.Of("ский", 2, "ого ому ого им ом"), EndingRule.Of("цкий", 2, "ого ому ого им ом"),
        EndingRule.Of("кий", 2, "ого ому ого им ом"), EndingRule.Of("гий", 2, "ого ому ого им ом"), EndingRule.Of("хий", 2, "ого ому ого им ом"),
        EndingRule.Of("ской", 2, "ого ому ого им ом"), EndingRule.Of("цкой", 2, "ого ому ого им ом"),
        // Korean clan names in -ой are nouns, not adjectives: Цой → Цоя, Чой → Чоя.
        EndingRule.Of("цой", 1, "я ю я ем е"), EndingRule.Of("чой", 1, "я ю я ем е"),
        EndingRule.Of("ой", 2, "ого ому ого ым ом"), EndingRule.Of("ый", 2, "ого ому ого ым ом"),
        // -ий after a consonant other than н, к, г, х and the hushing ones is a noun, as given names
        // are (Гордий → Гордия, Павлий → Павлию); after those, a soft adjective (Крайний → Крайнего).
        .. "бвдзлмпрстф".Select(c => EndingRule.Of(c + "ий", 1, "я ю я ем и")),
        EndingRule.Of("ий", 2, "его ему его им ем"),
        EndingRule.Of("ов", 0, "а у а ым е"), EndingRule.Of("ев", 0, "а у а ым е"), EndingRule.Of("ёв", 0, "а у а ым е"),
        EndingRule.Of("ин", 0, "а у а ым е"), EndingRule.Of("ын", 0, "а у а ым е"),
        // A vowel before the final -а: the surname does not change (Гогуа, Гулиа).
        .. VowelBeforeA, EndingRule.Of("ия", 1, "и и ю ей и"), EndingRule.Of("а", 1, "ы е у ой е"), EndingRule.Of("я", 1, "и е ю ей е"),
        EndingRule.Of("й", 1, "я ю я ем е"), EndingRule.Of("ь", 1, "я ю я ем е"),
        // -ец loses its vowel or keeps it by family usage (Кравец: Кравца, Кравеца): unsure.
        EndingRule.Unsure("ец"),
        .. Consonants("а у а ом е"),
        EndingRule.Unchanged("о"), EndingRule.Unchanged("е"), EndingRule.Unchanged("и"), EndingRule.Unchanged("у"),
        EndingRule.Unchanged("ы"), EndingRule.Unchanged("ю"), EndingRule.Unchanged("э"), EndingRule.Unchanged("ё"),
    ];

    private static readonly EndingRule[] FemaleSurnames =
    [
        EndingRule.Unchanged("ко"), EndingRule.Unchanged("их"), EndingRule.Unchanged("ых"),
        EndingRule.Of("ова", 1, "ой ой у ой ой"), EndingRule.Of("ева", 1, "ой ой у ой ой"), EndingRule.Of("ёва", 1, "ой ой у ой ой"),
        EndingRule.Of("ина", 1, "ой ой у ой ой"), EndingRule.Of("ына", 1, "ой ой у ой ой"),
        EndingRule.Of("ая", 2, "ой ой ую ой ой"), EndingRule.Of("яя", 2, "ей ей юю ей ей"),
        .. VowelBeforeA, EndingRule.Of("ия", 1, "и и ю ей и"), EndingRule.Of("а", 1, "ы е у ой е"), EndingRule.Of("я", 1, "и е ю ей е"),
        // Women's surnames ending in a consonant (ПАК, НУРМАГАНБЕТ), й, ь or another vowel do not change.
        .. Consonants(null), EndingRule.Unchanged("й"), EndingRule.Unchanged("ь"),
        EndingRule.Unchanged("о"), EndingRule.Unchanged("е"), EndingRule.Unchanged("и"), EndingRule.Unchanged("у"),
        EndingRule.Unchanged("ы"), EndingRule.Unchanged("ю"), EndingRule.Unchanged("э"), EndingRule.Unchanged("ё"),
    ];

    private static readonly EndingRule[] MaleGivenNames =
    [
        // Names that lose a vowel (or ё) when declined: Павел → Павла, Лев → Льва, Пётр → Петра.
        EndingRule.Of("павел", 2, "ла лу ла лом ле"), EndingRule.Of("лев", 2, "ьва ьву ьва ьвом ьве"),
        EndingRule.Of("пётр", 3, "етра етру етра етром етре"), EndingRule.Of("петр", 3, "етра етру етра етром етре"),
        // Ukrainian names in -ро/-ко decline like Пётр without ё: Петро → Петра, Левко → Левка.
        EndingRule.Of("ро", 1, "а у а ом е"), EndingRule.Of("ко", 1, "а у а ом е"),
        EndingRule.Of("ья", 1, "и е ю ёй е"), EndingRule.Of("ия", 1, "и и ю ей и"), EndingRule.Of("а", 1, "ы е у ой е"), EndingRule.Of("я", 1, "и е ю ей е"),
        EndingRule.Of("ий", 1, "я ю я ем и"), EndingRule.Of("й", 1, "я ю я ем е"), EndingRule.Of("ь", 1, "я ю я ем е"),
        .. Consonants("а у а ом е"),
        EndingRule.Unchanged("о"), EndingRule.Unchanged("е"), EndingRule.Unchanged("и"), EndingRule.Unchanged("у"),
        EndingRule.Unchanged("ы"), EndingRule.Unchanged("ю"), EndingRule.Unchanged("э"), EndingRule.Unchanged("ё"),
    ];

    private static readonly EndingRule[] FemaleGivenNames =
    [
        EndingRule.Of("ия", 1, "и и ю ей и"), EndingRule.Of("а", 1, "ы е у ой е"), EndingRule.Of("я", 1, "и е ю ей е"),
        EndingRule.Of("ь", 1, "и и ь ью и"),
        // Women's names ending in a consonant (Айнур, Гаухар, Айгерим) do not change.
        .. Consonants(null), EndingRule.Unchanged("й"),
        EndingRule.Unchanged("о"), EndingRule.Unchanged("е"), EndingRule.Unchanged("и"), EndingRule.Unchanged("у"),
        EndingRule.Unchanged("ы"), EndingRule.Unchanged("ю"), EndingRule.Unchanged("э"), EndingRule.Unchanged("ё"),
    ];

    /// <summary>A row per consonant (Kazakh ғ қ ң һ too), then the vowels of the Kazakh alphabet, which end a name that does not change.</summary>
    private static IEnumerable<EndingRule> Consonants(string? endings) =>
        [.. Spelling.Consonants.Select(c => endings is null ? EndingRule.Unchanged(c.ToString()) : EndingRule.Of(c.ToString(), 0, endings)),
         .. "әөұүі".Select(c => EndingRule.Unchanged(c.ToString()))];

    /// <summary>First parts of a double surname that never decline: Тер-Оганян → Тер-Оганяна, Мелик-Пашаев → Мелик-Пашаева.</summary>
    private static readonly HashSet<string> FixedPrefixes = new(StringComparer.OrdinalIgnoreCase)
    { "тер", "мелик", "абу", "ибн", "бен", "ван", "фон", "де", "ди", "да", "ле", "ла", "аль", "эль" };

    /// <summary>The tables, named, for the test that no row is hidden behind an earlier, shorter one.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<EndingRule> Rules)> Tables =>
        [("men's surnames", MaleSurnames), ("women's surnames", FemaleSurnames), ("men's given names", MaleGivenNames), ("women's given names", FemaleGivenNames)];

    public static Declined Surname(string surname, Gender gender, GrammaticalCase grammaticalCase) =>
        Parts(surname, gender == Gender.Female ? FemaleSurnames : MaleSurnames, grammaticalCase);

    public static Declined GivenName(string given, Gender gender, GrammaticalCase grammaticalCase) =>
        Parts(given, gender == Gender.Female ? FemaleGivenNames : MaleGivenNames, grammaticalCase);

    /// <summary>Each part of a double name (Иванов-Петров, Анна-Мария) declines on its own.</summary>
    private static Declined Parts(string word, EndingRule[] table, GrammaticalCase grammaticalCase)
    {
        var certain = true;
        var parts = word.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i < parts.Length - 1 && FixedPrefixes.Contains(parts[i])) continue;
            var rule = Spelling.IsCyrillic(parts[i]) ? EndingRule.Find(table, parts[i]) : null;
            if (rule is null || rule.Doubtful)
            {
                certain = false;
                continue;
            }
            parts[i] = rule.Apply(parts[i], grammaticalCase);
        }
        return certain ? new Declined(string.Join('-', parts), true) : Declined.Unsure(word);
    }
}
