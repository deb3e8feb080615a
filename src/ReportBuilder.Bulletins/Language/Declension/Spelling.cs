namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// Russian spelling rules that endings obey after certain consonants: ы is written и after
/// г к х ж ш ч щ (Ольги, активистки); an unstressed о in the endings -ой/-ом is written е
/// after ж ш ч щ ц (правозащитницей, товарищем).
/// </summary>
internal static class Spelling
{
    public static string Adjust(string stem, string ending)
    {
        if (stem.Length == 0 || ending.Length == 0) return ending;
        var last = char.ToLowerInvariant(stem[^1]);
        if (ending[0] == 'ы' && "гкхжшчщ".Contains(last, StringComparison.Ordinal)) return "и" + ending[1..];
        if (ending is "ой" or "ом" && "жшчщц".Contains(last, StringComparison.Ordinal)) return "е" + ending[1..];
        return ending;
    }

    /// <summary>Letters of the Kazakh alphabet beyond the Russian one (and Ukrainian і): Cyrillic letters like any other.</summary>
    public const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    /// <summary>The consonants endings attach to, Kazakh ғ қ ң һ included (Нұрлан → Нұрлана).</summary>
    public const string Consonants = "бвгджзклмнпрстфхцчшщғқңһ";

    public static bool IsCyrillic(string word) =>
        word.Length > 0 && word.All(c => c is (>= 'А' and <= 'я') or 'ё' or 'Ё' or '-' or '\'' || KazakhLetters.Contains(c, StringComparison.Ordinal));

    public static bool IsConsonant(char c) => Consonants.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);
}
