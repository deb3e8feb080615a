using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Writing;

/// <summary>
/// The shipped sample register (templates/sample-register.xlsx) as reviewable code: the facts
/// of the 7 April 2021 reference bulletin, plus a few persons and events around them (other
/// event types, a woman, other months, an unpublished event). The people other than the two
/// in the reference are invented.
/// </summary>
public static class SampleRegister
{
    private const string File = "sample-register.xlsx";

    public static CaseRegister Build() => new()
    {
        Persons = [Sabanshiyev, Baktybayev, Amanova, Orazov],
        Events = Events(),
        Articles =
        [
            new("405", "1", "organisation of activities of an extremist organisation", "организация деятельности экстремистской организации", Row("Articles", 2)),
            new("405", "2", "participation in an extremist organisation", "участие в деятельности экстремистской организации", Row("Articles", 3)),
            new("174", "1", "incitement of social, national, clan, racial, class or religious discord", "возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни", Row("Articles", 4)),
            new("274", "2", "dissemination of knowingly false information", "распространение заведомо ложной информации", Row("Articles", 5)),
        ],
        Context =
        [
            new(new DateOnly(2021, 2, 11), new DateOnly(2021, 4, 30),
                "In its resolution on the human rights situation in Kazakhstan dated 11 February 2021, the European Parliament has called on the Kazakhstani authorities to stop all politically motivated prosecutions and lift freedom restrictions imposed on civil society and opposition activists.",
                "В резолюции о ситуации с правами человека в Казахстане от 11 февраля 2021 года Европейский парламент призвал казахстанские власти прекратить все политически мотивированные преследования и снять ограничения свободы, наложенные на активистов гражданского общества и оппозиции.",
                Row("Context", 2)),
            new(new DateOnly(2021, 2, 11), new DateOnly(2021, 4, 30),
                "The European Parliament condemned the abuse of anti-extremism legislation by the Kazakhstani authorities to persecute supporters of the peaceful opposition movements “DCK” and “Koshe Partiyasy”.",
                "Европейский парламент осудил злоупотребление казахстанскими властями антиэкстремистским законодательством для преследования сторонников мирных оппозиционных движений «ДВК» и «Көше партиясы».",
                Row("Context", 3)),
        ],
        Rates =
        [
            new(new DateOnly(2021, 1, 4), "USD", 420.9m, Row("Rates", 2)),
            new(new DateOnly(2021, 2, 4), "USD", 421.0m, Row("Rates", 3)),
            new(new DateOnly(2021, 5, 4), "USD", 427.8m, Row("Rates", 4)),
        ],
        Files = [File],
    };

    private static readonly Person Sabanshiyev = new()
    {
        Id = "P001",
        SurnameEn = "SABANSHIYEV", GivenNameEn = "Yerkyn",
        SurnameRu = "Сабаншиев", GivenNameRu = "Еркын",
        Gender = Gender.Male,
        CityEn = "Talgar", CityRu = "Талгар",
        DescriptionEn = "civil activist", DescriptionRu = "гражданский активист",
        BackgroundEn = "Yerkin SABANSHIYEV is a participant of peaceful protests, pickets and a former political prisoner. He participated in the fundraising campaigns for the families of political prisoners.",
        BackgroundRu = "Еркын САБАНШИЕВ — участник мирных протестов и пикетов, бывший политический заключённый. Он участвовал в сборе средств для семей политических заключённых.",
        Affiliations = ["DCK"],
        Extra = RussianForms(genitive: ("Сабаншиева", "Еркына"), dative: ("Сабаншиеву", "Еркыну"), cityGenitive: "Талгара",
            descriptionGenitive: "гражданского активиста"),
        Source = Row("Persons", 2),
    };

    private static readonly Person Baktybayev = new()
    {
        Id = "P002",
        SurnameEn = "BAKTYBAYEV", GivenNameEn = "Baghdat",
        SurnameRu = "Бактыбаев", GivenNameRu = "Багдат",
        Gender = Gender.Male,
        CityEn = "Shu", CityRu = "Шу",
        RegionEn = "Zhambyl oblast", RegionRu = "Жамбылская область",
        DescriptionEn = "civil activist and participant of peaceful protests",
        DescriptionRu = "гражданский активист и участник мирных протестов",
        Affiliations = ["DCK", "Koshe Partiyasy"],
        Extra = RussianForms(genitive: ("Бактыбаева", "Багдата"), dative: ("Бактыбаеву", "Багдату"), cityGenitive: "Шу",
            descriptionGenitive: "гражданского активиста и участника мирных протестов"),
        Source = Row("Persons", 3),
    };

    private static readonly Person Amanova = new()
    {
        Id = "P003",
        SurnameEn = "AMANOVA", GivenNameEn = "Dana",
        SurnameRu = "Аманова", GivenNameRu = "Дана",
        Gender = Gender.Female,
        CityEn = "Almaty", CityRu = "Алматы",
        DescriptionEn = "civil activist", DescriptionRu = "гражданская активистка",
        BackgroundEn = "Dana AMANOVA is a volunteer who organised legal aid for detained protesters.",
        BackgroundRu = "Дана АМАНОВА — волонтёр, организовавшая юридическую помощь задержанным участникам протестов.",
        Affiliations = ["Koshe Partiyasy"],
        Extra = RussianForms(genitive: ("Амановой", "Даны"), dative: ("Амановой", "Дане"), cityGenitive: "Алматы",
            descriptionGenitive: "гражданской активистки"),
        Source = Row("Persons", 4),
    };

    private static readonly Person Orazov = new()
    {
        Id = "P004",
        SurnameEn = "ORAZOV", GivenNameEn = "Timur",
        SurnameRu = "Оразов", GivenNameRu = "Тимур",
        Gender = Gender.Male,
        CityEn = "Shymkent", CityRu = "Шымкент",
        DescriptionEn = "blogger", DescriptionRu = "блогер",
        Extra = RussianForms(genitive: ("Оразова", "Тимура"), dative: ("Оразову", "Тимуру"), cityGenitive: "Шымкента",
            descriptionGenitive: "блогера"),
        Source = Row("Persons", 5),
    };

    private static List<CourtEvent> Events() =>
    [
        new()
        {
            Id = "E0001", PersonId = "P002", Date = new DateOnly(2021, 2, 4), Type = EventType.Verdict,
            CourtEn = "Shu District Court", CourtRu = "Шуский районный суд",
            Article = "405", Part = "1", Punishment = Punishment.RestrictionOfLiberty, TermMonths = 24,
            SocialMediaBanYears = 5, ExpertiseFeeKzt = 25736m, FundPaymentKzt = 55560m,
            Row = Row("Events", 2),
        },
        new()
        {
            Id = "E0002", PersonId = "P003", Date = new DateOnly(2021, 3, 15), Type = EventType.Detention,
            Article = "174", Part = "1",
            DetailsEn = "She was detained at her home after a search.", DetailsRu = "Она была задержана у себя дома после обыска.",
            Row = Row("Events", 3),
        },
        new()
        {
            Id = "E0003", PersonId = "P004", Date = new DateOnly(2021, 4, 2), Type = EventType.Search,
            Article = "274", Part = "2",
            Publish = false,
            DetailsEn = "Not yet confirmed by the family.", DetailsRu = "Семья пока не подтвердила.",
            Row = Row("Events", 4),
        },
        new()
        {
            Id = "E0004", PersonId = "P001", Date = new DateOnly(2021, 4, 7), Type = EventType.Verdict,
            CourtEn = "Talgar District Court", CourtRu = "Талгарский районный суд",
            JudgeEn = "KELEMSEITOV Yerkebulan", JudgeRu = "Еркебулан КЕЛЕМСЕИТОВ",
            Article = "405", Part = "2", Punishment = Punishment.RestrictionOfLiberty, TermMonths = 12,
            CommunityServiceHours = 100, ActivityBanYears = 3, SocialMediaBanYears = 3,
            CourtFeesKzt = 840.50m, FundPaymentKzt = 27780m,
            Row = Row("Events", 5),
        },
        new()
        {
            Id = "E0005", PersonId = "P002", Date = new DateOnly(2021, 4, 7), Type = EventType.Appeal,
            CourtEn = "Zhambyl Regional Court", CourtRu = "Жамбылский областной суд",
            Article = "405", Part = "1", Punishment = Punishment.RestrictionOfLiberty,
            TermMonths = 12, PreviousTermMonths = 24, CommunityServiceHours = 80, SocialMediaBanYears = 5,
            ExpertiseFeeKzt = 25736m, FundPaymentKzt = 55560m,
            Row = Row("Events", 6),
        },
        new()
        {
            Id = "E0006", PersonId = "P003", Date = new DateOnly(2021, 5, 12), Type = EventType.Verdict,
            CourtEn = "Almaly District Court of Almaty", CourtRu = "Алмалинский районный суд Алматы",
            Article = "174", Part = "1", Punishment = Punishment.Fine, FineKzt = 583400m,
            Row = Row("Events", 7),
        },
        new()
        {
            Id = "E0007", PersonId = "P004", Date = new DateOnly(2021, 5, 14), Type = EventType.Charge,
            Article = "274", Part = "2",
            Row = Row("Events", 8),
        },
    ];

    private static Dictionary<string, string> RussianForms((string Surname, string Given) genitive, (string Surname, string Given) dative,
        string cityGenitive, string descriptionGenitive) => new()
        {
            ["SurnameRuGen"] = genitive.Surname,
            ["GivenNameRuGen"] = genitive.Given,
            ["SurnameRuDat"] = dative.Surname,
            ["GivenNameRuDat"] = dative.Given,
            ["CityRuGen"] = cityGenitive,
            ["DescriptionRuGen"] = descriptionGenitive,
        };

    private static SourceRow Row(string sheet, int row) => new(File, sheet, row, new Dictionary<string, int>());
}
