using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.En;

/// <summary>The English words a bulletin's sentences are made of, one rule a row: labels, sentences, articles, who a person is.</summary>
[UseCulture("ru-RU")]
public class EnglishSentenceTests
{
    private static readonly EnglishRules Rules = new();

    [Theory]
    [InlineData(EventType.Detention, "Detentions")]
    [InlineData(EventType.Search, "Searches")]
    [InlineData(EventType.Charge, "Charges")]
    [InlineData(EventType.PretrialRestriction, "Pre-trial restrictions")]
    [InlineData(EventType.Hearing, "Hearings")]
    [InlineData(EventType.Verdict, "Verdicts")]
    [InlineData(EventType.Appeal, "Appeals")]
    [InlineData(EventType.Cassation, "Cassation reviews")]
    [InlineData(EventType.Release, "Releases")]
    [InlineData(EventType.Fine, "Fines")]
    [InlineData(EventType.AdministrativeArrest, "Administrative arrests")]
    [InlineData(EventType.Other, "Other events")]
    public void Event_type_labels(EventType type, string expected) => Assert.Equal(expected, Rules.EventTypeLabel(type));

    [Theory]
    [InlineData(Punishment.RestrictionOfLiberty, "restriction of liberty", "Restriction of liberty", "restriction of liberty")]
    [InlineData(Punishment.DeprivationOfLiberty, "imprisonment", "Imprisonment", "imprisonment")]
    [InlineData(Punishment.Fine, "a fine", "Fine", "a fine")]
    [InlineData(Punishment.Suspended, "a suspended sentence", "Suspended sentence", "a suspended sentence")]
    [InlineData(Punishment.CommunityService, "community service", "Community service", "community service")]
    [InlineData(Punishment.Acquittal, "acquittal", "Acquittal", null)]
    [InlineData(Punishment.None, "no punishment", "None", null)]
    public void Punishments_in_a_sentence_in_the_table_and_after_sentenced_to(Punishment punishment, string text, string label, string? sentencedTo) =>
        Assert.Equal((text, label, sentencedTo), (Rules.PunishmentText(punishment), Rules.PunishmentLabel(punishment), Rules.SentencedTo(punishment)));

    [Theory]
    [InlineData(18, Punishment.RestrictionOfLiberty, null, "1 year and 6 months of restriction of liberty")]
    [InlineData(null, Punishment.Fine, "27,780 tenge", "a fine of 27,780 tenge")]
    [InlineData(null, null, "27,780 tenge", "a fine of 27,780 tenge")]
    [InlineData(null, Punishment.Suspended, null, "a suspended sentence")]
    [InlineData(12, null, null, null)]
    [InlineData(null, Punishment.Acquittal, null, null)]
    [InlineData(null, null, null, null)]
    public void What_a_sentence_imposes(int? months, Punishment? punishment, string? fine, string? expected) =>
        Assert.Equal(expected, Rules.Sentence(months, punishment, fine) is { } sentence ? Typography.Plain(sentence) : null);

    [Fact]
    public void Terms_and_terms_changed_on_appeal()
    {
        Assert.Equal("2 years of imprisonment", Typography.Plain(Rules.TermText(24, Punishment.DeprivationOfLiberty)));
        Assert.Equal("from two years to one year and six months of restriction of liberty",
            Typography.Plain(Rules.TermFromTo(24, 18, Punishment.RestrictionOfLiberty)));
    }

    [Theory]
    [InlineData("405", "2", "Participation in an extremist organisation", "Article 405 Part 2 of the Criminal Code («Participation in an extremist organisation»)")]
    [InlineData("405", null, null, "Article 405 of the Criminal Code")]
    [InlineData("174", "1", null, "Article 174 Part 1 of the Criminal Code")]
    [InlineData(null, "2", "title", null)]
    public void Articles(string? article, string? part, string? title, string? expected) => Assert.Equal(expected, Rules.ArticleText(article, part, title));

    [Theory]
    [InlineData("civil activist", "Talgar", "Almaty region", true, "civil activist from Talgar (Almaty region)")]
    [InlineData("civil activist", "Talgar", "Almaty region", false, "civil activist from Talgar")]
    [InlineData("civil activist", null, "Almaty region", true, "civil activist")]
    [InlineData("civil activist", "Talgar", null, true, "civil activist from Talgar")]
    [InlineData(null, "Talgar", "Almaty region", true, null)]
    public void Who_a_person_is(string? description, string? town, string? region, bool withRegion, string? expected) =>
        Assert.Equal(expected, Rules.Who(description, town, region, withRegion));

    [Theory]
    [InlineData("activist", "an activist")]
    [InlineData("Editor", "an Editor")]
    [InlineData("civil activist", "a civil activist")]
    [InlineData("", "")]
    public void The_indefinite_article(string text, string expected) => Assert.Equal(expected, EnglishRules.WithArticle(text));

    [Fact]
    public void Judges_chart_months_titles_and_people()
    {
        Assert.Equal(("Judge KELEMSEITOV Yerkebulan", "The court"), (Rules.JudgeTitle("KELEMSEITOV Yerkebulan"), Rules.JudgeTitle(null)));
        Assert.Equal("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", string.Join(" ", Enumerable.Range(1, 12).Select(Rules.ChartMonth)));
        Assert.Equal(("1,234.50 tenge", "500,000 tenge (1,234$)"), (Typography.Plain(Rules.Money(1234.5m, null)), Typography.Plain(Rules.Money(500_000m, 1234.4m))));
        Assert.Equal(("Published events per month, last 12 months", "Events"), Rules.ChartWords);
        Assert.Equal("Politically motivated prosecutions in Kazakhstan: 7 April 2021",
            Typography.Plain(Rules.DocumentTitle(Period.Day(new DateOnly(2021, 4, 7)))));
        Assert.Equal("30 December 2020 – 5 January 2021", Typography.Plain(Rules.PeriodText(PeriodSpec.Parse("2020-12-30..2021-01-05")!)));
        Assert.Equal(("1 person", "2 people", "two people"), (Typography.Plain(Rules.Count(1, CountedNoun.Person, GrammaticalCase.Nominative, false)),
            Typography.Plain(Rules.Count(2, CountedNoun.Person, GrammaticalCase.Nominative, false)), Typography.Plain(Rules.Count(2, CountedNoun.Person, GrammaticalCase.Nominative, true))));
        Assert.Equal(("en", "and", "en-GB"), (Rules.Code, Rules.And, Rules.Culture.Name));
        Assert.IsType<EnglishRules>(LanguageRules.For("EN"));
        Assert.StartsWith("No language rules for 'kk'; supported: en, ru.", Assert.Throws<ArgumentException>(() => LanguageRules.For("kk")).Message, StringComparison.Ordinal);
    }
}
