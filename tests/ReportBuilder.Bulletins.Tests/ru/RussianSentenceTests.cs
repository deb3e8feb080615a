using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>The Russian words a bulletin's sentences are made of, one rule a row: labels, sentences in their cases, articles, who a person is.</summary>
[UseCulture("en-US")]
public class RussianSentenceTests
{
    private static readonly RussianRules Rules = new();

    [Theory]
    [InlineData(EventType.Detention, "Задержания")]
    [InlineData(EventType.Search, "Обыски")]
    [InlineData(EventType.Charge, "Обвинения")]
    [InlineData(EventType.PretrialRestriction, "Меры пресечения")]
    [InlineData(EventType.Hearing, "Судебные заседания")]
    [InlineData(EventType.Verdict, "Приговоры")]
    [InlineData(EventType.Appeal, "Апелляции")]
    [InlineData(EventType.Cassation, "Кассации")]
    [InlineData(EventType.Release, "Освобождения")]
    [InlineData(EventType.Fine, "Штрафы")]
    [InlineData(EventType.AdministrativeArrest, "Административные аресты")]
    [InlineData(EventType.Other, "Другие события")]
    public void Event_type_labels(EventType type, string expected) => Assert.Equal(expected, Rules.EventTypeLabel(type));

    [Theory]
    [InlineData(Punishment.RestrictionOfLiberty, "ограничения свободы", "Ограничение свободы", "к ограничению свободы")]
    [InlineData(Punishment.DeprivationOfLiberty, "лишения свободы", "Лишение свободы", "к лишению свободы")]
    [InlineData(Punishment.Fine, "штрафа", "Штраф", "к штрафу")]
    [InlineData(Punishment.Suspended, "условного срока", "Условный срок", "к условному сроку")]
    [InlineData(Punishment.CommunityService, "общественных работ", "Общественные работы", "к общественным работам")]
    [InlineData(Punishment.Acquittal, "оправдания", "Оправдание", null)]
    [InlineData(Punishment.None, "без наказания", "Без наказания", null)]
    public void Punishments_after_a_term_in_the_table_and_after_sentenced_to(Punishment punishment, string genitive, string label, string? sentencedTo) =>
        Assert.Equal((genitive, label, sentencedTo), (Rules.PunishmentText(punishment), Rules.PunishmentLabel(punishment), Rules.SentencedTo(punishment)));

    [Theory]
    [InlineData(18, Punishment.RestrictionOfLiberty, null, "к 1 году и 6 месяцам ограничения свободы")]
    [InlineData(60, Punishment.DeprivationOfLiberty, null, "к 5 годам лишения свободы")]
    [InlineData(null, Punishment.Fine, "27 780 тенге", "к штрафу в размере 27 780 тенге")]
    [InlineData(null, null, "27 780 тенге", "к штрафу в размере 27 780 тенге")]
    [InlineData(null, Punishment.Suspended, null, "к условному сроку")]
    [InlineData(12, null, null, null)]
    [InlineData(null, Punishment.Acquittal, null, null)]
    [InlineData(null, null, null, null)]
    public void What_a_sentence_imposes_in_the_dative(int? months, Punishment? punishment, string? fine, string? expected) =>
        Assert.Equal(expected, Rules.Sentence(months, punishment, fine) is { } sentence ? Typography.Plain(sentence) : null);

    [Fact]
    public void Terms_and_terms_changed_on_appeal_in_the_genitive()
    {
        Assert.Equal("2 года лишения свободы", Typography.Plain(Rules.TermText(24, Punishment.DeprivationOfLiberty)));
        Assert.Equal("с двух лет до одного года и шести месяцев ограничения свободы", Typography.Plain(Rules.TermFromTo(24, 18, Punishment.RestrictionOfLiberty)));
    }

    [Theory]
    [InlineData("405", "2", "Участие в деятельности экстремистской организации", "части 2 статьи 405 Уголовного кодекса («Участие в деятельности экстремистской организации»)")]
    [InlineData("405", null, null, "статьи 405 Уголовного кодекса")]
    [InlineData("174", "1", null, "части 1 статьи 174 Уголовного кодекса")]
    [InlineData(null, "2", "название", null)]
    public void Articles_in_the_genitive(string? article, string? part, string? title, string? expected) => Assert.Equal(expected, Rules.ArticleText(article, part, title));

    [Theory]
    [InlineData("гражданский активист", "Талгара", "Алматинская область", true, "гражданский активист из Талгара (Алматинская область)")]
    [InlineData("гражданский активист", "Талгара", "Алматинская область", false, "гражданский активист из Талгара")]
    [InlineData("гражданский активист", null, "Алматинская область", true, "гражданский активист")]
    [InlineData(null, "Талгара", null, false, null)]
    public void Who_a_person_is(string? description, string? town, string? region, bool withRegion, string? expected) =>
        Assert.Equal(expected, Rules.Who(description, town, region, withRegion));

    [Theory]
    [InlineData(1, GrammaticalCase.Nominative, "одни сутки")]
    [InlineData(2, GrammaticalCase.Nominative, "двое суток")]
    [InlineData(3, GrammaticalCase.Accusative, "трое суток")]
    [InlineData(4, GrammaticalCase.Nominative, "четверо суток")]
    [InlineData(4, GrammaticalCase.Genitive, "четырёх суток")]
    [InlineData(5, GrammaticalCase.Nominative, "пять суток")]
    [InlineData(11, GrammaticalCase.Nominative, "одиннадцать суток")]
    [InlineData(12, GrammaticalCase.Nominative, "двенадцать суток")]
    [InlineData(21, GrammaticalCase.Nominative, "двадцать одни сутки")]
    [InlineData(21, GrammaticalCase.Genitive, "двадцати одних суток")]
    [InlineData(1, GrammaticalCase.Dative, "одним суткам")]
    [InlineData(1, GrammaticalCase.Instrumental, "одними сутками")]
    [InlineData(1, GrammaticalCase.Prepositional, "одних сутках")]
    [InlineData(22, GrammaticalCase.Nominative, "двадцать двое суток")]
    [InlineData(1, GrammaticalCase.Accusative, "одни сутки")]
    [InlineData(14, GrammaticalCase.Nominative, "четырнадцать суток")]
    [InlineData(13, GrammaticalCase.Accusative, "тринадцать суток")]
    public void Days_and_nights_take_the_plural_one_and_the_collective_numerals(int n, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, Typography.Plain(Rules.Count(n, CountedNoun.DayNight, grammaticalCase, words: true)));

    [Fact]
    public void Judges_chart_months_titles_and_people()
    {
        Assert.Equal(("Судья КЕЛЕМСЕИТОВ Еркебулан", "Суд"), (Rules.JudgeTitle("КЕЛЕМСЕИТОВ Еркебулан"), Rules.JudgeTitle(null)));
        Assert.Equal("янв фев мар апр май июн июл авг сен окт ноя дек", string.Join(" ", Enumerable.Range(1, 12).Select(Rules.ChartMonth)));
        Assert.Equal(("1 000 часов", "1 000 000 тенге"), (Typography.Plain(Rules.Count(1000, CountedNoun.Hour, GrammaticalCase.Nominative, words: false)), Typography.Plain(Rules.Money(1_000_000m, null))));
        Assert.Equal(("Опубликованные события по месяцам за 12 месяцев", "События"), Rules.ChartWords);
        Assert.Equal("Политически мотивированные преследования в Казахстане: 7 апреля 2021 года",
            Typography.Plain(Rules.DocumentTitle(Period.Day(new DateOnly(2021, 4, 7)))));
        Assert.Equal("30 декабря 2020 года – 5 января 2021 года", Typography.Plain(Rules.PeriodText(PeriodSpec.Parse("2020-12-30..2021-01-05")!)));
        Assert.Equal("5-летний", Rules.YearsAdjective(5));
        Assert.Equal("1 000 000 тенге (2 345 $)", Typography.Plain(Rules.Money(1_000_000m, 2345.4m)));
        Assert.Equal(("ru", "и", "ru-RU"), (Rules.Code, Rules.And, Rules.Culture.Name));
        Assert.IsType<RussianRules>(LanguageRules.For("Ru"));
    }
}
