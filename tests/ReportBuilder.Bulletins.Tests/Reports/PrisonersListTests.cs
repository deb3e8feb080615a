using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Reports;

/// <summary>
/// The sample register's list of political prisoners as of 30 April 2021, in both languages,
/// against text written by hand: Amanova detained on 15 March (46 days), Bakhtybayev's two
/// years of restriction of liberty reduced to one on appeal, Sabanshiyev sentenced on 7 April
/// and so added since 30 March; Orazov's only event is unpublished, so he is not listed.
/// </summary>
[UseCulture("en-US")]
public sealed class PrisonersListTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] English =
    [
        "Political prisoners in Kazakhstan as of 30 April 2021",
        "Held, restricted or serving a ban in politically motivated cases: 3 people.",
        "Status", "Number", "In pre-trial detention", "1", "Under restriction of liberty", "2", "Total", "3",
        "In pre-trial detention (1)",
        "Name", "Town", "Article", "Sentence", "Since", "Until", "Days in custody",
        "AMANOVA Dana", "Almaty", "Art. 174 Part 1", "—", "15 March 2021", "—", "46",
        "Under restriction of liberty (2)",
        "Name", "Town", "Article", "Sentence", "Since", "Until", "Days in custody",
        "BAKTYBAYEV Baghdat", "Shu", "Art. 405 Part 1", "1 year of restriction of liberty", "4 February 2021", "4 February 2022", "0",
        "SABANSHIYEV Yerkyn", "Talgar", "Art. 405 Part 2", "1 year of restriction of liberty", "7 April 2021", "7 April 2022", "0",
        "Added since 30 March 2021",
        "SABANSHIYEV Yerkyn: under restriction of liberty",
        "Left the list since 30 March 2021",
        "Nobody.",
    ];

    private static readonly string[] Russian =
    [
        "Политические заключённые в Казахстане на 30 апреля 2021 года",
        "Под стражей, под ограничением или запретом по политически мотивированным делам: 3 человека.",
        "Положение", "Количество", "В предварительном заключении", "1", "Отбывают ограничение свободы", "2", "Всего", "3",
        "В предварительном заключении (1)",
        "Имя", "Город", "Статья", "Наказание", "С", "До", "Дней под стражей",
        "АМАНОВА Дана", "Алматы", "ч. 1 ст. 174", "—", "15 марта 2021 года", "—", "46",
        "Отбывают ограничение свободы (2)",
        "Имя", "Город", "Статья", "Наказание", "С", "До", "Дней под стражей",
        "БАКТЫБАЕВ Багдат", "Шу", "ч. 1 ст. 405", "1 год ограничения свободы", "4 февраля 2021 года", "4 февраля 2022 года", "0",
        "САБАНШИЕВ Еркын", "Талгар", "ч. 2 ст. 405", "1 год ограничения свободы", "7 апреля 2021 года", "7 апреля 2022 года", "0",
        "Добавлены с 30 марта 2021 года",
        "САБАНШИЕВ Еркын: отбывает ограничение свободы",
        "Покинули список с 30 марта 2021 года",
        "Никто.",
    ];

    [Fact]
    public void The_samples_list_as_of_30_April_2021_reads_as_written_by_hand_in_both_languages()
    {
        var drafts = ReportFixture.Render(ReportFixture.Sample, new ReportRequest { AsOf = "2021-04-30" }, _temp.Path);

        Assert.Equal(["en", "ru"], drafts.Keys.Order());
        Assert.Equal("prisoners-2021-04-30.en.docx", Path.GetFileName(drafts["en"]));
        Assert.Equal(English, Lines(drafts["en"]));
        Assert.Equal(Russian, Lines(drafts["ru"]));
    }

    [Fact]
    public void Each_group_is_a_word_table_whose_header_repeats_and_whose_rows_never_split()
    {
        var drafts = ReportFixture.Render(ReportFixture.Sample, new ReportRequest { AsOf = "2021-04-30", Languages = ["ru"] }, _temp.Path);

        using var document = WordprocessingDocument.Open(drafts["ru"], false);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().Skip(1).ToList();   // after the summary
        Assert.Equal(2, tables.Count);
        Assert.All(tables, table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
        });
        Assert.Equal("ru-RU", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
    }

    [Fact]
    public void A_status_the_register_does_not_tell_is_listed_to_be_checked_with_a_comment_naming_the_row()
    {
        var register = new WorkbookBuilder()
            .Sheet("Persons", [RegisterRows.PersonsHeader, RegisterRows.Person("P001")])
            .Sheet("Events", [RegisterRows.EventsHeader, RegisterRows.Event("E1", "P001", new DateTime(2021, 4, 7), "appeal", punishment: "deprivation-of-liberty", termMonths: 12)])
            .Sheet("Articles", RegisterRows.Articles)
            .Save(_temp.File("register.xlsx"));

        var drafts = ReportFixture.Render(register, new ReportRequest { AsOf = "2021-04-30", Languages = ["en"] }, _temp.Path);

        var lines = Lines(drafts["en"]);
        Assert.Contains("Status to be checked (1)", lines);
        Assert.Equal(["DOE John", "Almaty", "Art. 405 Part 2", "—", "—", "—", "0"], lines.SkipWhile(l => l != "DOE John").Take(7));
        using var document = WordprocessingDocument.Open(drafts["en"], false);
        var comment = Assert.Single(document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>());
        Assert.Contains("register.xlsx Events!A2", comment.InnerText, StringComparison.Ordinal);
        Assert.Contains("has no verdict before it", comment.InnerText, StringComparison.Ordinal);
    }

    private static string[] Lines(string path) => [.. Typography.Plain(DocxText.Body(path)).Split('\n').Where(l => l.Length > 0)];
}
