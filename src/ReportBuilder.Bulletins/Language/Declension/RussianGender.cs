using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// A person's gender told from the name, for judges (the register has no gender for them).
/// In order, the first that tells decides: a "son of"/"daughter of" word (Қайратқызы, Алиев
/// Рашид оглы); a given name on the list (GivenNames: Назым, Иса, Мзия); a Russian patronymic
/// (Ивановна, Сергеевич); the surname's ending (ЖУНУСОВА, -ская); the given name's ending
/// (Мадина; Еркебулан). Null when nothing tells (ПАК Саша), never a guess printed as fact.
/// </summary>
public static class RussianGender
{
    /// <summary>Turkic "daughter of" / "son of", written as a word of its own or joined to the father's name.</summary>
    internal static readonly (string Ending, Gender Gender)[] FatherMarkers =
    [
        ("қызы", Gender.Female), ("кызы", Gender.Female), ("гызы", Gender.Female), ("кизи", Gender.Female), ("қизи", Gender.Female),
        ("ұлы", Gender.Male), ("улы", Gender.Male), ("оглы", Gender.Male), ("огли", Gender.Male), ("уулу", Gender.Male), ("угли", Gender.Male),
    ];

    /// <summary>Russian patronymics: the middle word of a full name (a surname can end in -ович too: Ирина Богданович).</summary>
    internal static readonly (string Ending, Gender Gender)[] PatronymicEndings =
    [
        ("овна", Gender.Female), ("евна", Gender.Female), ("ична", Gender.Female), ("инична", Gender.Female),
        ("ович", Gender.Male), ("евич", Gender.Male), ("ьич", Gender.Male), ("ич", Gender.Male),
    ];

    /// <summary>Surname endings, longest first where a shorter one of the other gender ends the same way.</summary>
    internal static readonly (string Ending, Gender Gender)[] SurnameEndings =
    [
        ("ова", Gender.Female), ("ева", Gender.Female), ("ёва", Gender.Female), ("ина", Gender.Female), ("ына", Gender.Female),
        ("ская", Gender.Female), ("цкая", Gender.Female), ("ая", Gender.Female),
        ("ов", Gender.Male), ("ев", Gender.Male), ("ёв", Gender.Male), ("ин", Gender.Male), ("ын", Gender.Male),
        ("ский", Gender.Male), ("цкий", Gender.Male), ("ой", Gender.Male), ("ый", Gender.Male),
    ];

    /// <summary>The gender a full name tells (any order, any number of words, initials allowed).</summary>
    public static Gender? OfName(string fullName)
    {
        var words = fullName.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var parsed = words.Length == 2 ? RussianPersonName.Parse(fullName) : null;
        return Guess(words, parsed?.Given, parsed?.Surname);
    }

    /// <summary>The gender from a given name and surname already told apart.</summary>
    public static Gender? Guess(string? given, string? surname) =>
        Guess([.. new[] { given, surname }.OfType<string>()], given, surname);

    private static Gender? Guess(string[] words, string? given, string? surname)
    {
        var names = words.Where(w => w.Any(char.IsLetter) && !IsInitials(w)).ToList();
        // 1. "son of", "daughter of": as its own word, or joined to the father's name.
        foreach (var word in names)
            if (Ending(FatherMarkers, word, minimumStem: 0) is { } marked) return marked;
        // 2. A given name on the list; when the name was told apart, only the given name counts.
        foreach (var word in given is not null ? [given] : names)
            if (GivenNames.GenderOf(word) is { } known) return known;
        // 3. A Russian patronymic: the middle of three words.
        if (names.Count == 3 && Ending(PatronymicEndings, names[1], minimumStem: 3) is { } patronymic) return patronymic;
        // 4. The surname's ending (on any word when the surname is not told apart); short
        //    Korean surnames (Мин, Шин) end like Russian ones without being declined as such.
        foreach (var word in surname is not null ? [surname] : names)
            if (Ending(SurnameEndings, word, minimumStem: 2) is { } bySurname && !GivenNames.IsKnown(word)) return bySurname;
        // 5. The given name's ending: -а/-я for women, a consonant for men.
        if (given is null || GivenNames.IsKnown(given)) return null;
        var last = char.ToLowerInvariant(given[^1]);
        if (last is 'а' or 'я') return Gender.Female;
        if (Spelling.IsConsonant(last) || last == 'й') return Gender.Male;
        return null;
    }

    /// <summary>The gender of the first ending in the table the word ends with, leaving a stem of at least minimumStem letters.</summary>
    private static Gender? Ending((string Ending, Gender Gender)[] table, string word, int minimumStem)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (ending, gender) in table)
            if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length - ending.Length >= minimumStem) return gender;
        return null;
    }

    /// <summary>"Н.К." or "Н." — initials tell nothing.</summary>
    private static bool IsInitials(string word) => word.Contains('.', StringComparison.Ordinal) && word.Replace(".", "", StringComparison.Ordinal).Length <= 3;
}
