using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// Russian declension by rules, Kazakh and Russian names alike: one row per case, as
/// (what, word, gender, case, form). Pinned to another culture: the forms must not depend on it.
/// </summary>
[UseCulture("en-US")]
public sealed class RussianDeclensionTests
{
    private static GrammaticalCase Case(string c) => GrammaticalCases.TryParse(c, out var value) ? value : throw new ArgumentException(c);

    private static Gender Sex(string g) => g == "f" ? Gender.Female : Gender.Male;

    [Theory]
    // Surnames in -ов/-ев/-ёв/-ин/-ын and their feminine forms
    [InlineData("САБАНШИЕВ", "m", "gen", "САБАНШИЕВА")]
    [InlineData("САБАНШИЕВ", "m", "dat", "САБАНШИЕВУ")]
    [InlineData("САБАНШИЕВ", "m", "acc", "САБАНШИЕВА")]
    [InlineData("САБАНШИЕВ", "m", "ins", "САБАНШИЕВЫМ")]
    [InlineData("САБАНШИЕВ", "m", "prep", "САБАНШИЕВЕ")]
    [InlineData("БАКТЫБАЕВ", "m", "gen", "БАКТЫБАЕВА")]
    [InlineData("Оразов", "m", "dat", "Оразову")]
    [InlineData("Пугачёв", "m", "gen", "Пугачёва")]
    [InlineData("Пушкин", "m", "ins", "Пушкиным")]
    [InlineData("Ильин", "m", "prep", "Ильине")]
    [InlineData("Тулешин", "m", "gen", "Тулешина")]
    [InlineData("Карын", "m", "dat", "Карыну")]
    [InlineData("ЖУМАБАЕВА", "f", "gen", "ЖУМАБАЕВОЙ")]
    [InlineData("ЖУМАБАЕВА", "f", "dat", "ЖУМАБАЕВОЙ")]
    [InlineData("ЖУМАБАЕВА", "f", "acc", "ЖУМАБАЕВУ")]
    [InlineData("ЖУМАБАЕВА", "f", "ins", "ЖУМАБАЕВОЙ")]
    [InlineData("ЖУМАБАЕВА", "f", "prep", "ЖУМАБАЕВОЙ")]
    [InlineData("Аманова", "f", "gen", "Амановой")]
    [InlineData("Пугачёва", "f", "acc", "Пугачёву")]
    [InlineData("Ильина", "f", "dat", "Ильиной")]
    [InlineData("Карына", "f", "gen", "Карыной")]
    // Adjectival surnames
    [InlineData("Достоевский", "m", "gen", "Достоевского")]
    [InlineData("Достоевский", "m", "dat", "Достоевскому")]
    [InlineData("Достоевский", "m", "ins", "Достоевским")]
    [InlineData("Достоевский", "m", "prep", "Достоевском")]
    [InlineData("Троцкий", "m", "gen", "Троцкого")]
    [InlineData("Горький", "m", "dat", "Горькому")]
    [InlineData("Толстой", "m", "ins", "Толстым")]
    [InlineData("Донской", "m", "gen", "Донского")]
    [InlineData("Достоевская", "f", "gen", "Достоевской")]
    [InlineData("Достоевская", "f", "acc", "Достоевскую")]
    [InlineData("Троцкая", "f", "dat", "Троцкой")]
    [InlineData("Толстая", "f", "acc", "Толстую")]
    // Other consonants: men's decline, women's stay
    [InlineData("ПАК", "m", "gen", "ПАКА")]
    [InlineData("ПАК", "m", "dat", "ПАКУ")]
    [InlineData("ПАК", "m", "ins", "ПАКОМ")]
    [InlineData("НУРМАГАНБЕТ", "m", "gen", "НУРМАГАНБЕТА")]
    [InlineData("НУРМАГАНБЕТ", "m", "dat", "НУРМАГАНБЕТУ")]
    [InlineData("Ким", "m", "gen", "Кима")]
    [InlineData("Шевчук", "m", "ins", "Шевчуком")]
    [InlineData("Цой", "m", "gen", "Цоя")]
    [InlineData("Гоголь", "m", "dat", "Гоголю")]
    [InlineData("ПАК", "f", "gen", "ПАК")]
    [InlineData("ПАК", "f", "dat", "ПАК")]
    [InlineData("НУРМАГАНБЕТ", "f", "gen", "НУРМАГАНБЕТ")]
    [InlineData("Ким", "f", "ins", "Ким")]
    // Surnames that never change
    [InlineData("БОНДАРЕНКО", "m", "gen", "БОНДАРЕНКО")]
    [InlineData("БОНДАРЕНКО", "f", "dat", "БОНДАРЕНКО")]
    [InlineData("Шевченко", "m", "ins", "Шевченко")]
    [InlineData("Черных", "m", "gen", "Черных")]
    [InlineData("Долгих", "f", "dat", "Долгих")]
    [InlineData("АМАНКУЛИ", "m", "gen", "АМАНКУЛИ")]
    [InlineData("АМАНКУЛИ", "f", "dat", "АМАНКУЛИ")]
    [InlineData("Гюго", "m", "gen", "Гюго")]
    [InlineData("Шойгу", "m", "dat", "Шойгу")]
    // Surnames in -а/-я, either gender
    [InlineData("Сковорода", "m", "gen", "Сковороды")]
    [InlineData("Глинка", "f", "gen", "Глинки")]
    [InlineData("Глинка", "m", "ins", "Глинкой")]
    [InlineData("Берия", "m", "gen", "Берии")]
    // Kazakh letters are Cyrillic letters: the surname declines like any other.
    [InlineData("ҚАЙРАТОВ", "m", "dat", "ҚАЙРАТОВУ")]
    [InlineData("Жақыпов", "m", "gen", "Жақыпова")]
    [InlineData("Сәрсенбаев", "m", "ins", "Сәрсенбаевым")]
    [InlineData("ЕСІМ", "f", "gen", "ЕСІМ")]
    [InlineData("Жақсыбек", "m", "gen", "Жақсыбека")]
    // The first part of these double surnames never declines.
    [InlineData("Тер-Оганян", "m", "gen", "Тер-Оганяна")]
    [InlineData("Мелик-Пашаев", "m", "dat", "Мелик-Пашаеву")]
    [InlineData("Иванов-Петров", "m", "gen", "Иванова-Петрова")]
    // A vowel before the final -а: the surname does not change (Georgian -уа, -иа).
    [InlineData("ОКУА", "m", "gen", "ОКУА")]
    [InlineData("Гулиа", "f", "dat", "Гулиа")]
    // Korean clan names in -ой are nouns; a man's declines, a woman's does not.
    [InlineData("ЧОЙ", "m", "gen", "ЧОЯ")]
    [InlineData("Чой", "m", "ins", "Чоем")]
    [InlineData("ЧОЙ", "f", "gen", "ЧОЙ")]
    // -ий after х is an adjective's soft ending; -ой after х a hard one.
    [InlineData("Глухой", "m", "ins", "Глухим")]
    // Surnames in -ий that are nouns, not adjectives; and the soft adjectives.
    [InlineData("ГОРДИЙ", "m", "gen", "ГОРДИЯ")]
    [InlineData("Павлий", "m", "dat", "Павлию")]
    [InlineData("Павлий", "m", "prep", "Павлии")]
    [InlineData("ГОРДИЙ", "f", "gen", "ГОРДИЙ")]
    [InlineData("Крайний", "m", "gen", "Крайнего")]
    [InlineData("Рыжий", "m", "dat", "Рыжему")]
    // Korean surnames in a vowel, ё included, do not change.
    [InlineData("ЧЁ", "m", "dat", "ЧЁ")]
    public void Surnames(string surname, string gender, string c, string expected)
    {
        var declined = RussianNames.Surname(surname, Sex(gender), Case(c));
        Assert.Equal(expected, declined.Text);
        Assert.True(declined.Certain);
    }

    [Theory]
    [InlineData("Еркын", "m", "gen", "Еркына")]
    [InlineData("Еркын", "m", "dat", "Еркыну")]
    [InlineData("Еркын", "m", "acc", "Еркына")]
    [InlineData("Еркын", "m", "ins", "Еркыном")]
    [InlineData("Еркын", "m", "prep", "Еркыне")]
    [InlineData("Багдат", "m", "gen", "Багдата")]
    [InlineData("Багдат", "m", "dat", "Багдату")]
    [InlineData("Еркебулан", "m", "gen", "Еркебулана")]
    [InlineData("Тимур", "m", "dat", "Тимуру")]
    [InlineData("Нурлан", "m", "ins", "Нурланом")]
    [InlineData("Марат", "m", "prep", "Марате")]
    [InlineData("Анатолий", "m", "gen", "Анатолия")]
    [InlineData("Анатолий", "m", "dat", "Анатолию")]
    [InlineData("Анатолий", "m", "ins", "Анатолием")]
    [InlineData("Анатолий", "m", "prep", "Анатолии")]
    [InlineData("Алексей", "m", "gen", "Алексея")]
    [InlineData("Алексей", "m", "prep", "Алексее")]
    [InlineData("Серикбай", "m", "dat", "Серикбаю")]
    [InlineData("Шамиль", "m", "gen", "Шамиля")]
    [InlineData("Шамиль", "m", "ins", "Шамилем")]
    [InlineData("Игорь", "m", "dat", "Игорю")]
    [InlineData("Никита", "m", "gen", "Никиты")]
    [InlineData("Никита", "m", "dat", "Никите")]
    [InlineData("Никита", "m", "acc", "Никиту")]
    [InlineData("Илья", "m", "gen", "Ильи")]
    [InlineData("Илья", "m", "ins", "Ильёй")]
    [InlineData("Динара", "f", "gen", "Динары")]
    [InlineData("Динара", "f", "dat", "Динаре")]
    [InlineData("Динара", "f", "acc", "Динару")]
    [InlineData("Динара", "f", "ins", "Динарой")]
    [InlineData("Мадина", "f", "gen", "Мадины")]
    [InlineData("Дана", "f", "dat", "Дане")]
    [InlineData("Ольга", "f", "gen", "Ольги")]
    [InlineData("Наташа", "f", "ins", "Наташей")]
    [InlineData("Мария", "f", "gen", "Марии")]
    [InlineData("Мария", "f", "dat", "Марии")]
    [InlineData("Мария", "f", "acc", "Марию")]
    [InlineData("Мария", "f", "ins", "Марией")]
    [InlineData("Асия", "f", "prep", "Асии")]
    [InlineData("Айнур", "f", "gen", "Айнур")]
    [InlineData("Айнур", "f", "dat", "Айнур")]
    [InlineData("Гаухар", "f", "gen", "Гаухар")]
    [InlineData("Айгерим", "f", "ins", "Айгерим")]
    [InlineData("Любовь", "f", "gen", "Любови")]
    [InlineData("Али", "m", "gen", "Али")]
    // Names that drop a vowel, or ё, when declined.
    [InlineData("Павел", "m", "gen", "Павла")]
    [InlineData("Павел", "m", "ins", "Павлом")]
    [InlineData("Лев", "m", "dat", "Льву")]
    [InlineData("ЛЕВ", "m", "gen", "ЛЬВА")]
    [InlineData("Пётр", "m", "gen", "Петра")]
    [InlineData("Петр", "m", "prep", "Петре")]
    // Kazakh letters.
    [InlineData("Нұрлан", "m", "gen", "Нұрлана")]
    [InlineData("Әсет", "m", "dat", "Әсету")]
    [InlineData("Ақмарал", "f", "gen", "Ақмарал")]
    [InlineData("Әлия", "f", "gen", "Әлии")]
    // Ukrainian men's names in -ро/-ко.
    [InlineData("Дмитро", "m", "gen", "Дмитра")]
    [InlineData("Грицько", "m", "ins", "Грицьком")]
    [InlineData("Юрко", "m", "dat", "Юрку")]
    public void Given_names(string given, string gender, string c, string expected)
    {
        var declined = RussianNames.GivenName(given, Sex(gender), Case(c));
        Assert.Equal(expected, declined.Text);
        Assert.True(declined.Certain);
    }

    [Theory]
    [InlineData("Талгар", "gen", "Талгара")]
    [InlineData("Талгар", "prep", "Талгаре")]
    [InlineData("Жаркент", "gen", "Жаркента")]
    [InlineData("Акмола", "gen", "Акмолы")]
    [InlineData("Акмола", "prep", "Акмоле")]
    [InlineData("Астана", "gen", "Астаны")]
    [InlineData("Караганда", "gen", "Караганды")]
    [InlineData("Капшагай", "gen", "Капшагая")]
    [InlineData("Костанай", "dat", "Костанаю")]
    [InlineData("Щучинск", "gen", "Щучинска")]
    [InlineData("Петропавловск", "prep", "Петропавловске")]
    [InlineData("Тараз", "gen", "Тараза")]
    [InlineData("Шымкент", "gen", "Шымкента")]
    [InlineData("Жанаозен", "gen", "Жанаозена")]
    [InlineData("Усть-Каменогорск", "gen", "Усть-Каменогорска")]
    [InlineData("Нур-Султан", "gen", "Нур-Султана")]
    [InlineData("Шу", "gen", "Шу")]
    [InlineData("Каратау", "gen", "Каратау")]
    [InlineData("Алматы", "gen", "Алматы")]
    [InlineData("Актобе", "gen", "Актобе")]
    [InlineData("Атырау", "prep", "Атырау")]
    [InlineData("Талгар", "acc", "Талгар")]
    [InlineData("Акмола", "acc", "Акмолу")]
    // Towns named by an adjective, alone or with their noun.
    [InlineData("Солнечный", "gen", "Солнечного")]
    [InlineData("Солнечный", "prep", "Солнечном")]
    [InlineData("Степной", "dat", "Степному")]
    [InlineData("Первомайский", "gen", "Первомайского")]
    [InlineData("Первомайский", "ins", "Первомайским")]
    [InlineData("Верхний", "gen", "Верхнего")]
    [InlineData("Луговое", "gen", "Лугового")]
    [InlineData("Луговое", "acc", "Луговое")]
    [InlineData("Заречная", "gen", "Заречной")]
    [InlineData("Заречная", "acc", "Заречную")]
    [InlineData("Горячая", "ins", "Горячей")]
    [InlineData("Зелёная Роща", "gen", "Зелёной Рощи")]
    [InlineData("Зелёная Роща", "ins", "Зелёной Рощей")]
    [InlineData("Красный Яр", "gen", "Красного Яра")]
    [InlineData("Новое Поле", "gen", "Нового Поля")]
    [InlineData("Светлое Озеро", "prep", "Светлом Озере")]
    // The kind of place declines; its name keeps the nominative.
    [InlineData("село Каменка", "gen", "села Каменка")]
    [InlineData("посёлок Солнечный", "gen", "посёлка Солнечный")]
    [InlineData("аул Жана-Турмыс", "prep", "ауле Жана-Турмыс")]
    [InlineData("город Алматы", "dat", "городу Алматы")]
    // Towns in -ань are feminine, in -поль masculine.
    [InlineData("Казань", "gen", "Казани")]
    [InlineData("Казань", "ins", "Казанью")]
    [InlineData("Ставрополь", "gen", "Ставрополя")]
    public void Places(string place, string c, string expected)
    {
        var declined = RussianPlaces.Decline(place, Case(c));
        Assert.Equal(expected, declined.Text);
        Assert.True(declined.Certain);
    }

    [Theory]
    [InlineData("гражданский активист и участник мирных протестов", "gen", "гражданского активиста и участника мирных протестов")]
    [InlineData("гражданский активист и участник мирных протестов", "dat", "гражданскому активисту и участнику мирных протестов")]
    [InlineData("гражданский активист", "gen", "гражданского активиста")]
    [InlineData("гражданский активист", "ins", "гражданским активистом")]
    [InlineData("участник мирных протестов и пикетов", "gen", "участника мирных протестов и пикетов")]
    [InlineData("независимая правозащитница", "gen", "независимой правозащитницы")]
    [InlineData("независимая правозащитница", "acc", "независимую правозащитницу")]
    [InlineData("независимая правозащитница", "ins", "независимой правозащитницей")]
    [InlineData("гражданская активистка", "gen", "гражданской активистки")]
    [InlineData("бывший политический заключённый", "gen", "бывшего политического заключённого")]
    [InlineData("бывший политический заключённый", "dat", "бывшему политическому заключённому")]
    [InlineData("бывшая политическая заключённая", "gen", "бывшей политической заключённой")]
    [InlineData("задержанный", "gen", "задержанного")]
    [InlineData("руководитель профсоюза", "gen", "руководителя профсоюза")]
    [InlineData("житель Жанаозена", "dat", "жителю Жанаозена")]
    [InlineData("член партии «ДВК»", "gen", "члена партии «ДВК»")]
    [InlineData("борец за права человека", "gen", "борца за права человека")]
    [InlineData("независимый журналист и блогер", "gen", "независимого журналиста и блогера")]
    [InlineData("журналистка и правозащитница", "gen", "журналистки и правозащитницы")]
    [InlineData("религиозный деятель", "gen", "религиозного деятеля")]
    [InlineData("молодой отец", "gen", "молодого отца")]
    [InlineData("пенсионер", "dat", "пенсионеру")]
    [InlineData("сторонник оппозиции", "gen", "сторонника оппозиции")]
    [InlineData("доверенное лицо кандидата", "gen", "доверенного лица кандидата")]
    [InlineData("верующий", "gen", "верующего")]
    // A hyphenated compound declines in both parts; a fixed prefix does not.
    [InlineData("инженер-строитель", "gen", "инженера-строителя")]
    [InlineData("журналист-расследователь", "ins", "журналистом-расследователем")]
    [InlineData("вице-президент фонда", "gen", "вице-президента фонда")]
    // An apposition after a comma declines too.
    [InlineData("блогер, автор канала о политике", "gen", "блогера, автора канала о политике")]
    // Two heads of different gender joined by «и».
    [InlineData("журналистка и переводчик", "gen", "журналистки и переводчика")]
    [InlineData("член партии и профсоюза", "gen", "члена партии и профсоюза")]
    // A phrase between the adjective and its noun.
    [InlineData("известный в области адвокат", "gen", "известного в области адвоката")]
    [InlineData("бывший в прошлом депутат", "dat", "бывшему в прошлом депутату")]
    [InlineData("известная в районе активистка", "gen", "известной в районе активистки")]
    // Мать and дочь take -ер- outside the nominative.
    [InlineData("многодетная мать", "gen", "многодетной матери")]
    [InlineData("дочь политзаключённого", "dat", "дочери политзаключённого")]
    [InlineData("мать троих детей", "ins", "матерью троих детей")]
    public void Descriptions(string phrase, string c, string expected)
    {
        var declined = RussianPhrases.Decline(phrase, Case(c));
        Assert.Equal(expected, declined.Text);
        Assert.True(declined.Certain);
    }

    [Theory]
    [InlineData("ЖУНУСОВА Мадина", "f")]
    [InlineData("Мадина ЖУНУСОВА", "f")]
    [InlineData("Еркебулан КЕЛЕМСЕИТОВ", "m")]
    [InlineData("КЕЛЕМСЕИТОВ Еркебулан", "m")]
    [InlineData("Айгерим ПАК", "f")]
    [InlineData("Никита ПАК", "m")]
    [InlineData("Динара АМАНКУЛИ", "f")]
    [InlineData("Асель НУРМАГАНБЕТ", "f")]
    [InlineData("Серик НУРМАГАНБЕТ", "m")]
    [InlineData("Ольга Достоевская", "f")]
    [InlineData("Шамиль ПАК", "m")]
    public void Judges_gender_from_the_name(string name, string expected)
    {
        var parsed = RussianPersonName.Parse(name)!;
        Assert.Equal(Sex(expected), RussianGender.Guess(parsed.Given, parsed.Surname));
    }

    [Theory]
    [InlineData("ЖУНУСОВА Мадина", "f", "dat", "ЖУНУСОВОЙ Мадине")]
    [InlineData("Мадина ЖУНУСОВА", "f", "gen", "Мадины ЖУНУСОВОЙ")]
    [InlineData("Еркебулан КЕЛЕМСЕИТОВ", "m", "dat", "Еркебулану КЕЛЕМСЕИТОВУ")]
    [InlineData("КЕЛЕМСЕИТОВ Еркебулан", "m", "ins", "КЕЛЕМСЕИТОВЫМ Еркебуланом")]
    public void Judges_names_in_any_order(string name, string gender, string c, string expected)
    {
        var declined = RussianPersonName.Parse(name)!.Decline(Sex(gender), Case(c));
        Assert.Equal(expected, declined.Text);
        Assert.True(declined.Certain);
    }

    [Theory]
    [InlineData("surname", "SMITH")]
    [InlineData("given", "John")]
    [InlineData("place", "Кзыл Орда")]
    [InlineData("place", "Тверь")]
    [InlineData("place", "Berlin")]
    [InlineData("place", "Великие Луки")]
    [InlineData("place", "Белая Церковь")]
    [InlineData("phrase", "«ДВК»")]
    [InlineData("phrase", "из Алматы")]
    // Adjectives before a word the tables do not know: that word may be their noun.
    [InlineData("phrase", "пожилая свекровь")]
    // -ец: Кравец → Кравца or Кравеца, by family usage.
    [InlineData("surname", "КРАВЕЦ")]
    public void Says_unsure_where_the_rules_cannot_decide(string what, string word)
    {
        var declined = what switch
        {
            "surname" => RussianNames.Surname(word, Gender.Male, GrammaticalCase.Genitive),
            "given" => RussianNames.GivenName(word, Gender.Male, GrammaticalCase.Genitive),
            "place" => RussianPlaces.Decline(word, GrammaticalCase.Genitive),
            _ => RussianPhrases.Decline(word, GrammaticalCase.Genitive),
        };
        Assert.False(declined.Certain);
        Assert.Equal(word, declined.Text);
    }

    [Theory]
    [InlineData("Жан Ли")]
    [InlineData("ПАК Саша")]
    [InlineData("Женя ЦОЙ")]
    public void Judges_whose_gender_the_name_does_not_tell(string name)
    {
        var parsed = RussianPersonName.Parse(name);
        Assert.True(parsed is null || RussianGender.Guess(parsed.Given, parsed.Surname) is null, $"{name}: {parsed}");
    }
}
