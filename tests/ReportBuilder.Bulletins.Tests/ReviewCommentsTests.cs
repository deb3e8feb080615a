using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>Missing or doubtful data becomes a visible Word comment on its item, saying what and where.</summary>
public sealed class ReviewCommentsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Items_with_missing_or_doubtful_data_carry_comments_naming_the_register_cell()
    {
        // A woman with no Russian town and no Russian case forms; an article with no title; no Rates sheet.
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", "AMANOVA", "Dana", "Аманова", "Дана", "F", "Almaty", null), Person("P002", "ORAZOV", "Timur", "Оразов", "Тимур", "M")])
            .Sheet("Events",
            [
                EventsHeader,
                Event("E1", "P001", new DateTime(2021, 4, 7), "verdict", "999", "1", "fine", null, 25000),
                Event("E2", "P002", new DateTime(2021, 4, 8), "detention", "405", "2"),
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("doubtful.xlsx"));
        var (path, result) = DraftFixture.Generate(_temp.File("doubtful.xlsx"), _temp.Path, "2021-W14", "ru", _temp.Path);

        using var document = WordprocessingDocument.Open(path, false);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().ToList();
        var first = string.Join("\n", comments[0].Descendants<Paragraph>().Select(DocxText.Text));
        // The Russian draft's notes are in Russian.
        Assert.Contains("Реестр: doubtful.xlsx Events!A2", first, StringComparison.Ordinal);
        Assert.Contains("Колонка CityRu пуста в doubtful.xlsx Persons!H2; использован английский текст.", first, StringComparison.Ordinal);
        Assert.Contains("У статьи 999 (часть 1) нет названия на листе Articles (doubtful.xlsx Events!E2)", first, StringComparison.Ordinal);
        // The missing rate concerns the payment: its note sits on that sentence, not on the item's first.
        Assert.DoesNotContain("нет курса доллара", first, StringComparison.Ordinal);
        var rate = comments.Single(c => Typography.Plain(c.InnerText).Contains("нет курса доллара на 7 апреля 2021 года или раньше", StringComparison.Ordinal));
        var payment = document.MainDocumentPart!.Document.Body!.Descendants<CommentRangeStart>().Single(r => r.Id!.Value == rate.Id!.Value).Ancestors<Paragraph>().Single();
        Assert.StartsWith("Суд также обязал выплатить 25 000 тенге", DocxText.Text(payment).Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("Предупреждение реестра RB012 в doubtful.xlsx Events!E2: У статьи 999 (часть 1) нет названия на листе Articles; в бюллетене будет только номер статьи.", first, StringComparison.Ordinal);
        // No English sentence anywhere in the Russian draft's notes, the register's own warnings included.
        Assert.All(comments.SelectMany(c => c.Descendants<Paragraph>()).Select(DocxText.Text).Where(t => t.Length > 0), RussianSurface.AssertRussian);
        Assert.All(comments, c => Assert.Equal(DraftFinisher.Author, c.Author!.Value));

        // The comment is anchored on the first item's paragraph.
        var body = document.MainDocumentPart.Document.Body!;
        var anchored = body.Descendants<CommentRangeStart>().First().Ancestors<Paragraph>().Single();
        Assert.Contains("Дана АМАНОВА", DocxText.Text(anchored), StringComparison.Ordinal);
        Assert.Contains("была незаконно приговорена", DocxText.Text(anchored), StringComparison.Ordinal);
        Assert.DoesNotContain(body.Descendants<Text>(), t => t.Text.Contains('\u27E6'));
        // Тимур ОРАЗОВ's case forms come from the declension rules: his item needs no note.
        Assert.Equal([1], result.Notes.ByItem.Keys);
    }

    [Fact]
    public void An_item_with_nothing_to_check_has_no_comment_but_a_bookmark_naming_its_row_and_its_source_url_becomes_a_footnote()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events",
            [
                [.. EventsHeader, "Source"],
                [.. Event("E1", "P001", new DateTime(2021, 4, 7), punishment: "restriction-of-liberty", termMonths: 12), "https://court.example/case/E1"],
                [.. Event("E2", "P001", new DateTime(2021, 4, 8), "hearing"), null],
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("sourced.xlsx"));
        var (path, _) = DraftFixture.Generate(_temp.File("sourced.xlsx"), _temp.Path, "2021-W14", "en", _temp.Path);

        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        Assert.Empty(main.WordprocessingCommentsPart?.Comments.Elements<Comment>() ?? []);
        var bookmarks = main.Document.Body!.Descendants<BookmarkStart>().ToDictionary(b => b.Name!.Value!, b => Typography.Plain(DocxText.Text(b.Ancestors<Paragraph>().Single())));
        Assert.StartsWith("On 7 April 2021", bookmarks["RB_sourced_Events_A2"], StringComparison.Ordinal);
        Assert.StartsWith("On 8 April 2021", bookmarks["RB_sourced_Events_A3"], StringComparison.Ordinal);
        var footnote = Assert.Single(main.FootnotesPart!.Footnotes.Elements<Footnote>(), f => f.Id!.Value > 0);
        Assert.Equal(" https://court.example/case/E1", footnote.InnerText);
        var link = footnote.Descendants<Hyperlink>().Single();
        Assert.Equal("https://court.example/case/E1", main.FootnotesPart.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
        var reference = main.Document.Body!.Descendants<FootnoteReference>().Single();
        Assert.Contains("On 7 April 2021", Typography.Plain(DocxText.Text(reference.Ancestors<Paragraph>().Single())), StringComparison.Ordinal);
        Assert.NotNull(main.DocumentSettingsPart!.Settings.GetFirstChild<FootnoteDocumentWideProperties>());
    }

    [Fact]
    public void Russian_verbs_agree_with_a_judge_given_as_a_woman()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [[.. PersonsHeader, "SurnameRuDat", "GivenNameRuDat"], [.. Person("P001"), "Доу", "Джону"]])
            .Sheet("Events",
            [
                ["EventId", "PersonId", "Date", "Type", "Article", "Part", "Punishment", "TermMonths", "CommunityServiceHours", "SocialMediaBanYears", "JudgeEn", "JudgeRu", "JudgeGender"],
                ["E1", "P001", new DateTime(2021, 4, 7), "verdict", "405", "2", "restriction-of-liberty", 12, 100, 3, "ABDIYEVA Saule", "Сауле АБДИЕВА", "F"],
                ["E2", "P001", new DateTime(2021, 4, 8), "verdict", "405", "2", "restriction-of-liberty", 12, 100, 3, "OMAROV Marat", "Марат ОМАРОВ", "M"],
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("judges.xlsx"));

        var text = Typography.Plain(DocxText.Body(DraftFixture.Generate(_temp.File("judges.xlsx"), _temp.Path, "2021-W14", "ru", _temp.Path).Path));

        Assert.Contains("Судья Сауле АБДИЕВА также назначила 100 часов общественных работ.", text, StringComparison.Ordinal);
        Assert.Contains("Судья незаконно запретила Джону ДОУ пользоваться социальными сетями в течение 3 лет.", text, StringComparison.Ordinal);
        Assert.Contains("Судья Марат ОМАРОВ также назначил 100 часов общественных работ.", text, StringComparison.Ordinal);
        Assert.Contains("Судья незаконно запретил Джону ДОУ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judge_whose_gender_cannot_be_told_gets_a_note_at_the_judge_s_cell()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events",
            [
                ["EventId", "PersonId", "Date", "Type", "Article", "Part", "Punishment", "TermMonths", "JudgeEn", "JudgeRu"],
                ["E1", "P001", new DateTime(2021, 4, 7), "verdict", "405", "2", "restriction-of-liberty", 12, "KIM", "Ким"],
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("judge.xlsx"));

        var (path, _) = DraftFixture.Generate(_temp.File("judge.xlsx"), _temp.Path, "2021-W14", "ru", _temp.Path);

        using var document = WordprocessingDocument.Open(path, false);
        var notes = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.InnerText;
        // JudgeRu is column J of this sheet: the note takes staff to the name it could not read.
        Assert.Contains("judge.xlsx Events!J2", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Events!A2.", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_about_one_sentence_is_anchored_on_that_sentence()
    {
        // A judge whose name does not tell the gender: the note goes on the sentence with the judge's verbs.
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001")])
            .Sheet("Events",
            [
                [.. EventsHeader, "CommunityServiceHours", "JudgeEn", "JudgeRu"],
                [.. Event("E1", "P001", new DateTime(2021, 4, 7), "verdict", "405", "2", "restriction-of-liberty", 12), 100, "Zhan LI", "Жан Ли"],
            ])
            .Sheet("Articles", Articles)
            .Save(_temp.File("judge.xlsx"));
        var (path, _) = DraftFixture.Generate(_temp.File("judge.xlsx"), _temp.Path, "2021-04-07", "ru", _temp.Path);

        using var document = WordprocessingDocument.Open(path, false);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().ToList();
        var judgeComment = comments.Single(c => c.InnerText.Contains("пол судьи", StringComparison.Ordinal));
        var anchored = document.MainDocumentPart.Document.Body!.Descendants<CommentRangeStart>()
            .Single(s => s.Id!.Value == judgeComment.Id!.Value).Ancestors<Paragraph>().Single();
        Assert.StartsWith("Судья Жан Ли также назначил", DocxText.Text(anchored), StringComparison.Ordinal);
        // One comment, where the editor must act, opening with the register row to act on.
        Assert.Equal(judgeComment, Assert.Single(comments));
        Assert.StartsWith("Реестр: judge.xlsx Events!A2", judgeComment.InnerText, StringComparison.Ordinal);
    }
}
