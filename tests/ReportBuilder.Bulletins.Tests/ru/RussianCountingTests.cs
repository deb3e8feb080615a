using ReportBuilder.Bulletins.Language;
using ReportBuilder.TestSupport;
using static ReportBuilder.Bulletins.Language.GrammaticalCase;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>Russian number agreement: one / few / many for every case. Pinned to another culture on purpose.</summary>
[UseCulture("en-US")]
public class RussianCountingTests
{
    private static readonly RussianRules Rules = new();

    [Theory]
    [InlineData(Nominative, "1 год|2 года|5 лет|11 лет|12 лет|14 лет|21 год|22 года|25 лет|101 год|111 лет")]
    [InlineData(Genitive, "1 года|2 лет|5 лет|11 лет|12 лет|14 лет|21 года|22 лет|25 лет|101 года|111 лет")]
    [InlineData(Dative, "1 году|2 годам|5 годам|11 годам|12 годам|14 годам|21 году|22 годам|25 годам|101 году|111 годам")]
    [InlineData(Accusative, "1 год|2 года|5 лет|11 лет|12 лет|14 лет|21 год|22 года|25 лет|101 год|111 лет")]
    [InlineData(Instrumental, "1 годом|2 годами|5 годами|11 годами|12 годами|14 годами|21 годом|22 годами|25 годами|101 годом|111 годами")]
    [InlineData(Prepositional, "1 годе|2 годах|5 годах|11 годах|12 годах|14 годах|21 годе|22 годах|25 годах|101 годе|111 годах")]
    public void Years_agree_with_the_number_in_every_case(GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Row(CountedNoun.Year, grammaticalCase)));

    [Theory]
    [InlineData(Nominative, "1 час|2 часа|5 часов|11 часов|12 часов|14 часов|21 час|22 часа|25 часов|101 час|111 часов")]
    [InlineData(Genitive, "1 часа|2 часов|5 часов|11 часов|12 часов|14 часов|21 часа|22 часов|25 часов|101 часа|111 часов")]
    [InlineData(Dative, "1 часу|2 часам|5 часам|11 часам|12 часам|14 часам|21 часу|22 часам|25 часам|101 часу|111 часам")]
    [InlineData(Accusative, "1 час|2 часа|5 часов|11 часов|12 часов|14 часов|21 час|22 часа|25 часов|101 час|111 часов")]
    [InlineData(Instrumental, "1 часом|2 часами|5 часами|11 часами|12 часами|14 часами|21 часом|22 часами|25 часами|101 часом|111 часами")]
    [InlineData(Prepositional, "1 часе|2 часах|5 часах|11 часах|12 часах|14 часах|21 часе|22 часах|25 часах|101 часе|111 часах")]
    public void Hours_agree_with_the_number_in_every_case(GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Row(CountedNoun.Hour, grammaticalCase)));

    [Theory]
    [InlineData(Nominative, "1 месяц|2 месяца|5 месяцев|11 месяцев|12 месяцев|14 месяцев|21 месяц|22 месяца|25 месяцев|101 месяц|111 месяцев")]
    [InlineData(Genitive, "1 месяца|2 месяцев|5 месяцев|11 месяцев|12 месяцев|14 месяцев|21 месяца|22 месяцев|25 месяцев|101 месяца|111 месяцев")]
    [InlineData(Dative, "1 месяцу|2 месяцам|5 месяцам|11 месяцам|12 месяцам|14 месяцам|21 месяцу|22 месяцам|25 месяцам|101 месяцу|111 месяцам")]
    [InlineData(Accusative, "1 месяц|2 месяца|5 месяцев|11 месяцев|12 месяцев|14 месяцев|21 месяц|22 месяца|25 месяцев|101 месяц|111 месяцев")]
    [InlineData(Instrumental, "1 месяцем|2 месяцами|5 месяцами|11 месяцами|12 месяцами|14 месяцами|21 месяцем|22 месяцами|25 месяцами|101 месяцем|111 месяцами")]
    [InlineData(Prepositional, "1 месяце|2 месяцах|5 месяцах|11 месяцах|12 месяцах|14 месяцах|21 месяце|22 месяцах|25 месяцах|101 месяце|111 месяцах")]
    public void Months_agree_with_the_number_in_every_case(GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Row(CountedNoun.Month, grammaticalCase)));

    /// <summary>Человек after a number keeps its own genitive plural: 5 человек (the list of political prisoners counts people).</summary>
    [Theory]
    [InlineData(Nominative, "1 человек|2 человека|5 человек|11 человек|12 человек|14 человек|21 человек|22 человека|25 человек|101 человек|111 человек")]
    [InlineData(Genitive, "1 человека|2 человек|5 человек|11 человек|12 человек|14 человек|21 человека|22 человек|25 человек|101 человека|111 человек")]
    public void People_agree_with_the_number(GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Row(CountedNoun.Person, grammaticalCase)));

    [Theory]
    [InlineData(2, Genitive, "двух лет")]
    [InlineData(1, Genitive, "одного года")]
    [InlineData(5, Genitive, "пяти лет")]
    [InlineData(11, Genitive, "одиннадцати лет")]
    [InlineData(21, Genitive, "двадцати одного года")]
    [InlineData(22, Dative, "двадцати двум годам")]
    [InlineData(2, Dative, "двум годам")]
    [InlineData(3, Instrumental, "тремя годами")]
    [InlineData(40, Genitive, "сорока лет")]
    [InlineData(1, Nominative, "один год")]
    [InlineData(2, Nominative, "два года")]
    [InlineData(25, Nominative, "двадцать пять лет")]
    [InlineData(101, Nominative, "сто один год")]
    [InlineData(111, Genitive, "111 лет")]
    public void Years_in_words(long n, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Rules.Count(n, CountedNoun.Year, grammaticalCase, words: true)));

    [Theory]
    [InlineData(12, Dative, false, "1 году")]
    [InlineData(24, Dative, false, "2 годам")]
    [InlineData(18, Dative, false, "1 году и 6 месяцам")]
    [InlineData(18, Nominative, false, "1 год и 6 месяцев")]
    [InlineData(6, Nominative, false, "6 месяцев")]
    [InlineData(36, Accusative, false, "3 года")]
    [InlineData(60, Nominative, false, "5 лет")]
    [InlineData(252, Nominative, false, "21 год")]
    [InlineData(36, Genitive, false, "3 лет")]
    [InlineData(24, Genitive, true, "двух лет")]
    [InlineData(12, Genitive, true, "одного года")]
    public void Terms_in_months(long months, GrammaticalCase grammaticalCase, bool words, string expected) =>
        Assert.Equal(expected, Typography.Plain(Rules.Term(months, grammaticalCase, words)));

    private static string Row(CountedNoun noun, GrammaticalCase grammaticalCase) =>
        string.Join("|", new long[] { 1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111 }.Select(n => Rules.Count(n, noun, grammaticalCase, words: false)));

    [Theory]
    [InlineData(1, Nominative, "одни сутки")]
    [InlineData(2, Nominative, "двое суток")]
    [InlineData(3, Accusative, "трое суток")]
    [InlineData(4, Nominative, "четверо суток")]
    [InlineData(5, Nominative, "пять суток")]
    [InlineData(11, Nominative, "одиннадцать суток")]
    [InlineData(12, Accusative, "двенадцать суток")]
    [InlineData(21, Nominative, "двадцать одни сутки")]
    [InlineData(22, Accusative, "двадцать двое суток")]
    [InlineData(1, Genitive, "одних суток")]
    [InlineData(21, Dative, "двадцати одним суткам")]
    [InlineData(2, Genitive, "двух суток")]
    [InlineData(3, Instrumental, "тремя сутками")]
    public void Days_and_nights_take_the_plural_one_and_collective_numerals(long n, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Rules.Count(n, CountedNoun.DayNight, grammaticalCase, words: true)));
}
