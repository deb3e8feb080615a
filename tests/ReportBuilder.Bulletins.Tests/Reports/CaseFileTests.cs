using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Reports;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Reports;

/// <summary>
/// A person's case file from the sample register, in both languages, against text written by
/// hand: every published event in date order with the status after it, the status on the
/// date, the Russian title declined («Дело Еркына САБАНШИЕВА»).
/// </summary>
[UseCulture("en-US")]
public sealed class CaseFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Sabanshiyevs_case_file_reads_as_written_by_hand_in_both_languages()
    {
        var drafts = ReportFixture.Render(ReportFixture.Sample, new ReportRequest { Report = ReportKind.Person, Person = "P001", AsOf = "2021-04-30" }, _temp.Path);

        Assert.Equal("person-P001-2021-04-30.en.docx", Path.GetFileName(drafts["en"]));
        const string englishStatus = "under restriction of liberty (1 year) since 7 April 2021 until 7 April 2022; a ban on social activity for 3 years (until 7 April 2024); a ban on using social networks for 3 years (until 7 April 2024)";
        Assert.Equal(
        [
            "The case of Yerkyn SABANSHIYEV",
            "Yerkyn SABANSHIYEV, a civil activist from Talgar.",
            "Yerkin SABANSHIYEV is a participant of peaceful protests, pickets and a former political prisoner. He participated in the fundraising campaigns for the families of political prisoners.",
            "Status as of 30 April 2021",
            $"Status: {englishStatus}.",
            "Days in custody: 0.",
            "Events",
            "7 April 2021: Verdict, Talgar District Court (judge KELEMSEITOV Yerkebulan), Art. 405 Part 2: 1 year of restriction of liberty.",
            $"After this: {englishStatus}.",
        ], Lines(drafts["en"]));
        const string russianStatus = "отбывает ограничение свободы (1 год) с 7 апреля 2021 года до 7 апреля 2022 года; запрет на общественную деятельность на 3 года (до 7 апреля 2024 года); запрет на пользование социальными сетями на 3 года (до 7 апреля 2024 года)";
        Assert.Equal(
        [
            "Дело Еркына САБАНШИЕВА",
            "Еркын САБАНШИЕВ, гражданский активист из Талгара.",
            "Еркын САБАНШИЕВ — участник мирных протестов и пикетов, бывший политический заключённый. Он участвовал в сборе средств для семей политических заключённых.",
            "Положение на 30 апреля 2021 года",
            $"Положение: {russianStatus}.",
            "Дней под стражей: 0.",
            "События",
            "7 апреля 2021 года: Приговор, Талгарский районный суд (судья Еркебулан КЕЛЕМСЕИТОВ), ч. 2 ст. 405: 1 год ограничения свободы.",
            $"После этого: {russianStatus}.",
        ], Lines(drafts["ru"]));
    }

    [Fact]
    public void Amanovas_file_found_by_her_name_shows_custody_ended_by_a_fine()
    {
        var drafts = ReportFixture.Render(ReportFixture.Sample,
            new ReportRequest { Report = ReportKind.Person, Person = "аманова  дана", AsOf = "2021-05-31", Languages = ["en"] }, _temp.Path);

        Assert.Equal(
        [
            "The case of Dana AMANOVA",
            "Dana AMANOVA, a civil activist from Almaty.",
            "Dana AMANOVA is a volunteer who organised legal aid for detained protesters.",
            "Status as of 31 May 2021",
            "Status: released since 12 May 2021.",
            "Days in custody: 58.",
            "Events",
            "15 March 2021: Detention, Art. 174 Part 1.",
            "She was detained at her home after a search.",
            "After this: in pre-trial detention since 15 March 2021.",
            "12 May 2021: Verdict, Almaly District Court of Almaty, Art. 174 Part 1: Fine: 583,400 tenge.",
            "After this: released since 12 May 2021.",
        ], Lines(drafts["en"]));
    }

    /// <summary>A name the Russian rules cannot decline and a status the register does not tell: one comment on the title, naming the form printed and the row.</summary>
    [Fact]
    public void A_doubtful_status_and_an_unsure_name_get_a_review_comment_on_the_file()
    {
        var register = new WorkbookBuilder()
            .Sheet("Persons", [RegisterRows.PersonsHeader, RegisterRows.Person("P001", "SMITH", "Timur", "SMITH", "Тимур")])
            .Sheet("Events", [RegisterRows.EventsHeader, RegisterRows.Event("E1", "P001", new DateTime(2021, 4, 7), "verdict", punishment: "deprivation-of-liberty")])
            .Sheet("Articles", RegisterRows.Articles)
            .Save(_temp.File("register.xlsx"));

        var drafts = ReportFixture.Render(register, new ReportRequest { Report = ReportKind.Person, Person = "P001", AsOf = "2021-04-30", Languages = ["ru"] }, _temp.Path);

        Assert.StartsWith("Дело Тимура SMITH", DocxText.Body(drafts["ru"]), StringComparison.Ordinal);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(drafts["ru"], false);
        var comment = Assert.Single(document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>()).InnerText;
        Assert.Contains("напечатано «Тимура SMITH»", comment, StringComparison.Ordinal);
        Assert.Contains("register.xlsx Events!A2", comment, StringComparison.Ordinal);
        Assert.Contains("Статус не напечатан как факт", comment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P999", RequestProblem.UnknownPerson)]
    [InlineData(" ", RequestProblem.NoPerson)]
    public void A_person_not_in_the_register_is_refused_with_its_own_problem(string person, RequestProblem expected)
    {
        var loaded = ReportBuilder.Register.RegisterLoader.Load([ReportFixture.Sample], RepoPaths.Root, ReportBuilder.Register.Layout.RegisterLayout.Default);

        var refused = Assert.Throws<BulletinRequestException>(() => ReportPipeline.Render(loaded, new ReportRequest { Report = ReportKind.Person, Person = person }));

        Assert.Equal(expected, refused.Kind);
    }

    private static string[] Lines(string path) => [.. Typography.Plain(DocxText.Body(path)).Split('\n').Where(l => l.Length > 0)];
}
