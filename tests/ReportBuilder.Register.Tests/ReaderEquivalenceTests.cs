using ReportBuilder.Problems;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Problems;
using ReportBuilder.Register.Writing;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests;

/// <summary>
/// The engine's streaming reader and an independent ClosedXML reader give the same register
/// and the same problems on the same files, awkward ones included.
/// </summary>
public sealed class ReaderEquivalenceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Files => new()
    {
        "sample", "synthetic", "text-dates-and-numbers", "1904", "merged", "table-below-row-1", "hidden-and-blank-rows", "formulas", "planted-problems",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Both_readers_give_the_same_register_and_problems(string kind)
    {
        var path = Make(kind);

        var (streamed, streamedProblems) = Parse(WorkbookReader.Read(path));
        var (oracle, oracleProblems) = Parse(ClosedXmlRegisterReader.Read(path));

        Assert.Equal(Describe(oracleProblems), Describe(streamedProblems));
        Assert.Equal(oracle.Persons.Select(Describe), streamed.Persons.Select(Describe));
        Assert.Equal(oracle.Events.Select(Describe), streamed.Events.Select(Describe));
        Assert.Equal(oracle.Articles.Select(a => (a.Article, a.Part, a.TitleEn, a.TitleRu, a.Row.Row)), streamed.Articles.Select(a => (a.Article, a.Part, a.TitleEn, a.TitleRu, a.Row.Row)));
        Assert.Equal(oracle.Context.Select(c => (c.From, c.Until, c.TextEn, c.TextRu)), streamed.Context.Select(c => (c.From, c.Until, c.TextEn, c.TextRu)));
        Assert.Equal(oracle.Rates.Select(r => (r.Date, r.Currency, r.KztPerUnit)), streamed.Rates.Select(r => (r.Date, r.Currency, r.KztPerUnit)));
        Assert.NotEmpty(streamed.Persons);
    }

    [Fact]
    public void Only_the_streaming_reader_sees_error_cells()
    {
        // ClosedXML 0.95.4 reads #N/A as empty text, which would report a missing value instead of the error.
        var path = RegisterRows.Minimal().Save(_temp.File("error.xlsx"));
        XlsxPatch.ErrorCell(path, "Persons", "B2", "#N/A");

        var (_, streamed) = Parse(WorkbookReader.Read(path));
        var (_, oracle) = Parse(ClosedXmlRegisterReader.Read(path));

        Assert.Equal(("RB014", "#N/A"), (Assert.Single(streamed).Id, streamed[0].Value));
        Assert.Equal("RB006", Assert.Single(oracle).Id);
    }

    private static (CaseRegister Register, IReadOnlyList<Problem> Problems) Parse(RawWorkbook workbook)
    {
        var problems = new ProblemList();
        var register = RegisterLoader.Parse([workbook], RegisterLayout.Default, problems);
        return (register, problems.Items);
    }

    private static List<string> Describe(IReadOnlyList<Problem> problems) => [.. problems.Select(p => $"{p.Id} {p.Location} {p.Value} {p.Message}")];

    private static string Describe(Person p) =>
        string.Join("|", p.Id, p.SurnameEn, p.GivenNameEn, p.SurnameRu, p.GivenNameRu, p.Gender, p.CityEn, p.CityRu, p.RegionEn, p.RegionRu,
            p.DescriptionEn, p.DescriptionRu, p.BackgroundEn, p.BackgroundRu, string.Join(";", p.Affiliations),
            string.Join(";", p.Extra.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}")), p.Source.Row);

    private static string Describe(CourtEvent e) =>
        string.Join("|", e.Id, e.PersonId, e.Date, e.Type, e.CourtEn, e.CourtRu, e.JudgeEn, e.JudgeRu, e.Article, e.Part, e.Punishment,
            e.TermMonths, e.PreviousTermMonths, e.CommunityServiceHours, e.ActivityBanYears, e.SocialMediaBanYears,
            e.CourtFeesKzt, e.FundPaymentKzt, e.ExpertiseFeeKzt, e.FineKzt, e.DetailsEn, e.DetailsRu, e.Publish, e.Source,
            string.Join(";", e.Extra.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}")), e.Row.Row);

    private string Make(string kind)
    {
        var path = _temp.File(kind + ".xlsx");
        var date = new DateTime(2021, 4, 7);
        switch (kind)
        {
            case "sample":
                File.Copy(RepoPaths.File("templates", "sample-register.xlsx"), path);
                break;
            case "synthetic":
                using (var stream = File.Create(path)) StreamingRegisterWriter.Write(SyntheticRegister.Build(600), stream);
                break;
            case "text-dates-and-numbers":
                new WorkbookBuilder()
                    .Sheet("Persons", [PersonsHeader, Person("P001", surnameEn: "  DOE\u00A0 ")])
                    .Sheet("Events",
                    [
                        EventsHeader,
                        Event("E1", "P001", "07.04.2021", fund: "27 780"),
                        Event("E2", "P001", "2021-04-06", fund: "840,50"),
                        Event("E3", "P001", "7 апреля 2021", fund: "27,780"),
                        Event("E4", "P001", "5 April 2021", termMonths: "12"),
                    ])
                    .Sheet("Articles", Articles).Save(path);
                break;
            case "1904":
                RegisterRows.Minimal().Save(path);
                XlsxPatch.Use1904(path);
                break;
            case "merged":
                new WorkbookBuilder().Sheet("Persons", [PersonsHeader, Person("P001")])
                    .Sheet("Events", [EventsHeader, Event("E1", "P001", date), Event("E2", null!, date, "hearing")], s => s.Range("B2:B3").Merge())
                    .Sheet("Articles", Articles).Save(path);
                break;
            case "table-below-row-1":
                new WorkbookBuilder()
                    .Sheet("Persons", [["Persons"], [], PersonsHeader, Person("P001"), Person("P002")], s => s.Range("A3:H5").CreateTable("People"))
                    .Sheet("Events", [EventsHeader, Event("E1", "P002", date)]).Sheet("Articles", Articles).Save(path);
                break;
            case "hidden-and-blank-rows":
                new WorkbookBuilder().Sheet("Persons", [PersonsHeader, Person("P001"), [], Person("P002")], s => s.Row(4).Hide())
                    .Sheet("Events", [EventsHeader, [], Event("E1", "P002", date)]).Sheet("Articles", Articles).Save(path);
                break;
            case "formulas":
                RegisterRows.Minimal().Save(path);
                XlsxPatch.FormulaCell(path, "Events", "H2", "6*2", "12");
                XlsxPatch.FormulaTextCell(path, "Persons", "G2", "\"Alm\"&\"aty\"", "Almaty");
                XlsxPatch.FormulaCell(path, "Events", "I2", "TODAY()", cachedNumber: null);
                break;
            case "planted-problems":
                new WorkbookBuilder()
                    .Sheet("Persons", [PersonsHeader, Person("P001"), Person("P002", surnameEn: ""), Person("P003", gender: "X"), Person("P001"), Person("P004", cityEn: "Shu", cityRu: null)])
                    .Sheet("Events",
                    [
                        EventsHeader, Event("E1", "P001", date), Event("E2", "P001", "31.02.2021"), Event("E3", "P001", date, type: "sentence"),
                        Event("E4", "P009", date), Event("E5", "P001", date, punishment: "prison"), Event("E6", "P001", date, termMonths: "twelve"),
                        Event("E7", "P001", date, publish: "maybe"), Event("E1", "P001", date), Event("E10", "P001", date, article: "999", part: "1"),
                        Event("E11", "P001", null), Event("E13", "P001", date, termMonths: 12.5),
                    ])
                    .Sheet("Articles", Articles).Save(path);
                break;
        }
        return path;
    }
}
