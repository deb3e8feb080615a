using System.Globalization;
using Humanizer;

namespace ReportBuilder.Bulletins.Language;

/// <summary>
/// Russian cardinal numbers as words in any case ("с двух лет до одного года"). Humanizer
/// gives the nominative; the other cases come from these tables, composing tens and units
/// ("двадцати одного"). Numbers from 100 up stay as digits outside the nominative.
/// </summary>
public static class RussianNumerals
{
    // Forms per case: nominative, genitive, dative, accusative (inanimate), instrumental, prepositional.
    private static readonly string[][] Units =
    [
        [],
        ["один", "одного", "одному", "один", "одним", "одном"],
        ["два", "двух", "двум", "два", "двумя", "двух"],
        ["три", "трёх", "трём", "три", "тремя", "трёх"],
        ["четыре", "четырёх", "четырём", "четыре", "четырьмя", "четырёх"],
        Soft("пять"), Soft("шесть"), Soft("семь"), ["восемь", "восьми", "восьми", "восемь", "восемью", "восьми"], Soft("девять"),
        Soft("десять"), Soft("одиннадцать"), Soft("двенадцать"), Soft("тринадцать"), Soft("четырнадцать"),
        Soft("пятнадцать"), Soft("шестнадцать"), Soft("семнадцать"), Soft("восемнадцать"), Soft("девятнадцать"),
    ];

    private static readonly string[][] Tens =
    [
        [], [],
        Soft("двадцать"), Soft("тридцать"),
        ["сорок", "сорока", "сорока", "сорок", "сорока", "сорока"],
        ["пятьдесят", "пятидесяти", "пятидесяти", "пятьдесят", "пятьюдесятью", "пятидесяти"],
        ["шестьдесят", "шестидесяти", "шестидесяти", "шестьдесят", "шестьюдесятью", "шестидесяти"],
        ["семьдесят", "семидесяти", "семидесяти", "семьдесят", "семьюдесятью", "семидесяти"],
        ["восемьдесят", "восьмидесяти", "восьмидесяти", "восемьдесят", "восемьюдесятью", "восьмидесяти"],
        ["девяносто", "девяноста", "девяноста", "девяносто", "девяноста", "девяноста"],
    ];

    private static readonly string[] FeminineOne = ["одна", "одной", "одной", "одну", "одной", "одной"];
    private static readonly string[] FeminineTwo = ["две", "двух", "двум", "две", "двумя", "двух"];
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string ToWords(long n, GrammaticalCase grammaticalCase, bool feminine = false)
    {
        var c = (int)grammaticalCase;
        if (n < 0 || n >= 100)
        {
            return grammaticalCase == GrammaticalCase.Nominative
                ? n.ToWords(feminine ? GrammaticalGender.Feminine : GrammaticalGender.Masculine, Russian)
                : n.ToString(Russian);
        }
        if (n == 0) return grammaticalCase == GrammaticalCase.Nominative ? "ноль" : n.ToString(Russian);
        var words = new List<string>();
        var units = n < 20 ? n : n % 10;
        if (n >= 20) words.Add(Tens[n / 10][c]);
        if (units > 0)
        {
            words.Add(feminine && units == 1 ? FeminineOne[c] : feminine && units == 2 ? FeminineTwo[c] : Units[units][c]);
        }
        return string.Join(" ", words);
    }

    /// <summary>Numbers ending in a soft sign decline alike: пять, пяти, пяти, пять, пятью, пяти.</summary>
    private static string[] Soft(string nominative)
    {
        var stem = nominative[..^1];
        return [nominative, stem + "и", stem + "и", nominative, stem + "ью", stem + "и"];
    }
}
