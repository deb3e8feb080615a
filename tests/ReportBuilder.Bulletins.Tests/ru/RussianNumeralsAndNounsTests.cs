using ReportBuilder.Bulletins.Language;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// Numbers as words and counted nouns in all six cases, in the order nominative | genitive |
/// dative | accusative | instrumental | prepositional: a row per number or noun.
/// </summary>
[UseCulture("en-US")]
public class RussianNumeralsAndNounsTests
{
    private static readonly GrammaticalCase[] Cases = Enum.GetValues<GrammaticalCase>();

    [Theory]
    [InlineData(1, false, "один|одного|одному|один|одним|одном")]
    [InlineData(2, false, "два|двух|двум|два|двумя|двух")]
    [InlineData(3, false, "три|трёх|трём|три|тремя|трёх")]
    [InlineData(4, false, "четыре|четырёх|четырём|четыре|четырьмя|четырёх")]
    [InlineData(5, false, "пять|пяти|пяти|пять|пятью|пяти")]
    [InlineData(6, false, "шесть|шести|шести|шесть|шестью|шести")]
    [InlineData(7, false, "семь|семи|семи|семь|семью|семи")]
    [InlineData(8, false, "восемь|восьми|восьми|восемь|восемью|восьми")]
    [InlineData(9, false, "девять|девяти|девяти|девять|девятью|девяти")]
    [InlineData(10, false, "десять|десяти|десяти|десять|десятью|десяти")]
    [InlineData(11, false, "одиннадцать|одиннадцати|одиннадцати|одиннадцать|одиннадцатью|одиннадцати")]
    [InlineData(12, false, "двенадцать|двенадцати|двенадцати|двенадцать|двенадцатью|двенадцати")]
    [InlineData(13, false, "тринадцать|тринадцати|тринадцати|тринадцать|тринадцатью|тринадцати")]
    [InlineData(14, false, "четырнадцать|четырнадцати|четырнадцати|четырнадцать|четырнадцатью|четырнадцати")]
    [InlineData(15, false, "пятнадцать|пятнадцати|пятнадцати|пятнадцать|пятнадцатью|пятнадцати")]
    [InlineData(16, false, "шестнадцать|шестнадцати|шестнадцати|шестнадцать|шестнадцатью|шестнадцати")]
    [InlineData(17, false, "семнадцать|семнадцати|семнадцати|семнадцать|семнадцатью|семнадцати")]
    [InlineData(18, false, "восемнадцать|восемнадцати|восемнадцати|восемнадцать|восемнадцатью|восемнадцати")]
    [InlineData(19, false, "девятнадцать|девятнадцати|девятнадцати|девятнадцать|девятнадцатью|девятнадцати")]
    [InlineData(20, false, "двадцать|двадцати|двадцати|двадцать|двадцатью|двадцати")]
    [InlineData(21, false, "двадцать один|двадцати одного|двадцати одному|двадцать один|двадцатью одним|двадцати одном")]
    [InlineData(30, false, "тридцать|тридцати|тридцати|тридцать|тридцатью|тридцати")]
    [InlineData(40, false, "сорок|сорока|сорока|сорок|сорока|сорока")]
    [InlineData(45, false, "сорок пять|сорока пяти|сорока пяти|сорок пять|сорока пятью|сорока пяти")]
    [InlineData(50, false, "пятьдесят|пятидесяти|пятидесяти|пятьдесят|пятьюдесятью|пятидесяти")]
    [InlineData(60, false, "шестьдесят|шестидесяти|шестидесяти|шестьдесят|шестьюдесятью|шестидесяти")]
    [InlineData(70, false, "семьдесят|семидесяти|семидесяти|семьдесят|семьюдесятью|семидесяти")]
    [InlineData(80, false, "восемьдесят|восьмидесяти|восьмидесяти|восемьдесят|восемьюдесятью|восьмидесяти")]
    [InlineData(90, false, "девяносто|девяноста|девяноста|девяносто|девяноста|девяноста")]
    [InlineData(99, false, "девяносто девять|девяноста девяти|девяноста девяти|девяносто девять|девяноста девятью|девяноста девяти")]
    [InlineData(1, true, "одна|одной|одной|одну|одной|одной")]
    [InlineData(2, true, "две|двух|двум|две|двумя|двух")]
    [InlineData(3, true, "три|трёх|трём|три|тремя|трёх")]
    [InlineData(21, true, "двадцать одна|двадцати одной|двадцати одной|двадцать одну|двадцатью одной|двадцати одной")]
    [InlineData(32, true, "тридцать две|тридцати двух|тридцати двум|тридцать две|тридцатью двумя|тридцати двух")]
    [InlineData(0, false, "ноль|0|0|0|0|0")]
    [InlineData(100, false, "сто|100|100|100|100|100")]
    [InlineData(101, true, "сто одна|101|101|101|101|101")]
    [InlineData(-2, false, "минус два|-2|-2|-2|-2|-2")]
    public void Numbers_as_words_in_every_case(long n, bool feminine, string forms) =>
        Assert.Equal(forms, string.Join("|", Cases.Select(c => RussianNumerals.ToWords(n, c, feminine))));

    [Theory]
    [InlineData(CountedNoun.Year, "год|года|году|год|годом|годе", "года|лет|годам|года|годами|годах", "лет|лет|годам|лет|годами|годах")]
    [InlineData(CountedNoun.Month, "месяц|месяца|месяцу|месяц|месяцем|месяце", "месяца|месяцев|месяцам|месяца|месяцами|месяцах", "месяцев|месяцев|месяцам|месяцев|месяцами|месяцах")]
    [InlineData(CountedNoun.Hour, "час|часа|часу|час|часом|часе", "часа|часов|часам|часа|часами|часах", "часов|часов|часам|часов|часами|часах")]
    [InlineData(CountedNoun.Day, "день|дня|дню|день|днём|дне", "дня|дней|дням|дня|днями|днях", "дней|дней|дням|дней|днями|днях")]
    [InlineData(CountedNoun.Tiyn, "тиын|тиына|тиыну|тиын|тиыном|тиыне", "тиына|тиынов|тиынам|тиына|тиынами|тиынах", "тиынов|тиынов|тиынам|тиынов|тиынами|тиынах")]
    [InlineData(CountedNoun.DayNight, "сутки|суток|суткам|сутки|сутками|сутках", "суток|суток|суткам|суток|сутками|сутках", "суток|суток|суткам|суток|сутками|сутках")]
    [InlineData(CountedNoun.Person, "человек|человека|человеку|человека|человеком|человеке", "человека|человек|людям|человека|людьми|людях", "человек|человек|людям|человек|людьми|людях")]
    public void A_counted_noun_after_one_two_and_five_in_every_case(CountedNoun noun, string afterOne, string afterTwo, string afterFive)
    {
        string After(long n) => string.Join("|", Cases.Select(c => RussianNoun.Of(noun).After(n, c)));
        Assert.Equal((afterOne, afterTwo, afterFive), (After(1), After(2), After(5)));
    }

    [Theory]
    [InlineData(11, "лет")]
    [InlineData(12, "лет")]
    [InlineData(14, "лет")]
    [InlineData(21, "год")]
    [InlineData(22, "года")]
    [InlineData(24, "года")]
    [InlineData(25, "лет")]
    [InlineData(101, "год")]
    [InlineData(111, "лет")]
    [InlineData(112, "лет")]
    [InlineData(114, "лет")]
    [InlineData(122, "года")]
    [InlineData(-3, "года")]
    public void Which_form_follows_a_number_goes_by_its_last_two_digits(long n, string expected) =>
        Assert.Equal(expected, RussianNoun.Year.After(n, GrammaticalCase.Nominative));

    [Theory]
    [InlineData("nom", GrammaticalCase.Nominative)]
    [InlineData("Nominative", GrammaticalCase.Nominative)]
    [InlineData("им", GrammaticalCase.Nominative)]
    [InlineData("gen", GrammaticalCase.Genitive)]
    [InlineData("genitive", GrammaticalCase.Genitive)]
    [InlineData("РОД", GrammaticalCase.Genitive)]
    [InlineData("dat", GrammaticalCase.Dative)]
    [InlineData("dative", GrammaticalCase.Dative)]
    [InlineData("дат", GrammaticalCase.Dative)]
    [InlineData("acc", GrammaticalCase.Accusative)]
    [InlineData("accusative", GrammaticalCase.Accusative)]
    [InlineData("вин", GrammaticalCase.Accusative)]
    [InlineData("ins", GrammaticalCase.Instrumental)]
    [InlineData("instrumental", GrammaticalCase.Instrumental)]
    [InlineData("твор", GrammaticalCase.Instrumental)]
    [InlineData("prep", GrammaticalCase.Prepositional)]
    [InlineData("prepositional", GrammaticalCase.Prepositional)]
    [InlineData("пред", GrammaticalCase.Prepositional)]
    public void A_template_names_a_case_in_English_or_Russian(string text, GrammaticalCase expected)
    {
        Assert.True(GrammaticalCases.TryParse(text, out var parsed), text);
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("abl")]
    [InlineData("")]
    [InlineData("genitiv")]
    public void An_unknown_case_is_refused(string text)
    {
        Assert.False(GrammaticalCases.TryParse(text, out var parsed));
        Assert.Equal(GrammaticalCase.Nominative, parsed);
    }
}
