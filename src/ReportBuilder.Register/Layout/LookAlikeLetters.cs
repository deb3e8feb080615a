using ReportBuilder.Problems;
using System.Collections.Frozen;
using System.Text;

namespace ReportBuilder.Register.Layout;

/// <summary>
/// Cyrillic letters that look like Latin ones (Р and P, а and a …). Staff switch keyboard
/// layouts all day, so "Р001" typed with a Cyrillic Р looks right and matches nothing; this
/// finds the value that was meant and says which letter is which.
/// </summary>
public static class LookAlikeLetters
{
    /// <summary>Each Cyrillic letter and the Latin letter it is mistaken for.</summary>
    private static readonly FrozenDictionary<char, char> CyrillicToLatin = new Dictionary<char, char>
    {
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O',
        ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S', ['Ү'] = 'Y',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x',
        ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['һ'] = 'h', ['ԁ'] = 'd', ['ӏ'] = 'l',
    }.ToFrozenDictionary();

    /// <summary>
    /// A word with its Latin look-alikes turned Cyrillic ("Ивaнов" with a Latin a → "Иванов"),
    /// or null when a Latin letter in it has no Cyrillic twin (then it is not a slip of the layout).
    /// </summary>
    public static string? AsCyrillic(string word)
    {
        var latinToCyrillic = LatinToCyrillic.Value;
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
            {
                if (!latinToCyrillic.TryGetValue(c, out var cyrillic)) return null;
                sb.Append(cyrillic);
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    // The Russian letters only (not і, ј, ѕ …): a Russian word typed with a Latin look-alike.
    private static readonly Lazy<FrozenDictionary<char, char>> LatinToCyrillic = new(() => CyrillicToLatin
        .Where(pair => pair.Key is (>= 'А' and <= 'я') or 'ё' or 'Ё')
        .GroupBy(pair => pair.Value).ToFrozenDictionary(g => g.Key, g => g.First().Key));

    /// <summary>The text with every Cyrillic look-alike replaced by its Latin letter: both spellings give the same key.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(CyrillicToLatin.GetValueOrDefault(c, c));
        return sb.ToString();
    }

    /// <summary>The known value that typed differs from only by look-alike letters (case aside), or null.</summary>
    public static string? Meant(string typed, IEnumerable<string> known) => Finder(known)(typed);

    /// <summary>
    /// <see cref="Meant"/> over one set of known values, keyed once: a register with many unknown
    /// ids looks each up in its persons without keying every person again.
    /// </summary>
    public static Func<string, string?> Finder(IEnumerable<string> known)
    {
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in known) byKey.TryAdd(Key(value), value);
        return typed => byKey.TryGetValue(Key(typed), out var meant) && !string.Equals(meant, typed, StringComparison.OrdinalIgnoreCase)
            ? meant
            : null;
    }

    /// <summary>
    /// Which letters differ, as a person reads it: "'Р' is a Cyrillic letter where P001 has the
    /// Latin 'P'". Typed and meant must have the same key (see <see cref="Meant"/>).
    /// </summary>
    /// <summary>Each letter typed in the wrong alphabet, as a phrase in the reader's language.</summary>
    public static IReadOnlyList<LocalText> Explain(string typed, string meant)
    {
        var pairs = new List<LocalText>();
        for (var i = 0; i < Math.Min(typed.Length, meant.Length); i++)
        {
            if (char.ToLowerInvariant(typed[i]) == char.ToLowerInvariant(meant[i])) continue;
            var pair = new LocalText(CyrillicToLatin.ContainsKey(typed[i]) ? "LookAlike.CyrillicForLatin" : "LookAlike.LatinForCyrillic",
                ("typed", typed[i].ToString()), ("meant", meant), ("letter", meant[i].ToString()));
            if (!pairs.Contains(pair, LocalTextComparer.Instance)) pairs.Add(pair);
        }
        return pairs;
    }

    private sealed class LocalTextComparer : IEqualityComparer<LocalText>
    {
        public static readonly LocalTextComparer Instance = new();

        public bool Equals(LocalText? x, LocalText? y) => x is not null && y is not null && x.ToString() == y.ToString();

        public int GetHashCode(LocalText obj) => obj.ToString().GetHashCode(StringComparison.Ordinal);
    }
}
