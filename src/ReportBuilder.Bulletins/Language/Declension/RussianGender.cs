using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// A person's gender told from the name, for judges (the register has no gender for them):
/// the surname's ending first (ЖУНУСОВА, -ская), then the given name (Мадина; Еркебулан).
/// Null when neither tells (a surname like ПАК with a name like Шамиль or Жанар).
/// </summary>
public static class RussianGender
{
    private static readonly string[] FemaleSurnameEndings = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"];
    private static readonly string[] MaleSurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый"];

    /// <summary>Men's names ending in -а/-я.</summary>
    private static readonly HashSet<string> MaleNamesInA = new(StringComparer.OrdinalIgnoreCase)
    { "Никита", "Илья", "Кузьма", "Фома", "Лука", "Савва", "Муса", "Иса", "Жора", "Миша", "Саша", "Ваня", "Гарифулла", "Хамза", "Мирза" };

    /// <summary>Women's names ending in a consonant, common in Kazakhstan.</summary>
    private static readonly HashSet<string> FemaleNamesInConsonant = new(StringComparer.OrdinalIgnoreCase)
    { "Айнур", "Гаухар", "Айгерим", "Шолпан", "Сандугаш", "Жибек", "Жанар", "Асель", "Айжан", "Гульжан", "Меруерт", "Зауреш", "Алтын", "Карлыгаш", "Бибигуль", "Гульнар", "Раушан", "Салтанат", "Ботагоз", "Любовь", "Нинель", "Эстер", "Рахель" };

    public static Gender? Guess(string? given, string? surname)
    {
        var s = surname?.ToLowerInvariant() ?? "";
        if (FemaleSurnameEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal))) return Gender.Female;
        if (MaleSurnameEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal))) return Gender.Male;
        if (string.IsNullOrEmpty(given)) return null;
        if (FemaleNamesInConsonant.Contains(given) || given.EndsWith("гуль", StringComparison.OrdinalIgnoreCase)) return Gender.Female;
        if (MaleNamesInA.Contains(given)) return Gender.Male;
        var last = char.ToLowerInvariant(given[^1]);
        if (last is 'а' or 'я') return Gender.Female;
        if (Spelling.IsConsonant(last) || last == 'й') return Gender.Male;
        return null;
    }
}
