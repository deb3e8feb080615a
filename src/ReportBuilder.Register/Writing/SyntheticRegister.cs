using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Writing;

/// <summary>
/// A deterministic register of any size for benchmarks: N events, about N/3 persons, both
/// languages, realistic text lengths, dates across 2015–2025, plus Articles, Context (about
/// N/200 rows) and weekly USD rates. The same N always gives the same cells.
/// </summary>
public static class SyntheticRegister
{
    private static readonly (string En, string Ru)[] Surnames =
    [
        ("ABDIYEV", "Абдиев"), ("BAKIROV", "Бакиров"), ("DZHUMABAYEV", "Джумабаев"), ("ESENOV", "Есенов"), ("ISMAILOV", "Исмаилов"),
        ("KASYMOV", "Касымов"), ("MUKHAMEDOV", "Мухамедов"), ("NURLANOV", "Нурланов"), ("OMAROV", "Омаров"), ("SARSENOV", "Сарсенов"),
        ("TOKAYEV", "Токаев"), ("ZHUNUSOV", "Жунусов"),
    ];

    private static readonly (string En, string Ru)[] MaleNames = [("Yerlan", "Ерлан"), ("Nurlan", "Нурлан"), ("Askar", "Аскар"), ("Daniyar", "Данияр"), ("Marat", "Марат")];
    private static readonly (string En, string Ru)[] FemaleNames = [("Aigul", "Айгуль"), ("Dana", "Дана"), ("Saule", "Сауле"), ("Gulnara", "Гульнара"), ("Aliya", "Алия")];

    private static readonly (string En, string Ru, string RuGen)[] Cities =
    [
        ("Almaty", "Алматы", "Алматы"), ("Astana", "Астана", "Астаны"), ("Shymkent", "Шымкент", "Шымкента"), ("Taraz", "Тараз", "Тараза"),
        ("Aktobe", "Актобе", "Актобе"), ("Talgar", "Талгар", "Талгара"), ("Shu", "Шу", "Шу"), ("Uralsk", "Уральск", "Уральска"),
    ];

    private static readonly (string Article, string Part, string En, string Ru)[] ArticleTitles =
    [
        ("405", "1", "organisation of activities of an extremist organisation", "организация деятельности экстремистской организации"),
        ("405", "2", "participation in an extremist organisation", "участие в деятельности экстремистской организации"),
        ("174", "1", "incitement of discord", "возбуждение розни"),
        ("174", "2", "incitement of discord by a group", "возбуждение розни группой лиц"),
        ("274", "2", "dissemination of knowingly false information", "распространение заведомо ложной информации"),
        ("274", "4", "dissemination of false information causing grave harm", "распространение ложной информации, повлёкшее тяжкие последствия"),
        ("272", "1", "calls to mass unrest", "призывы к массовым беспорядкам"),
        ("272", "2", "participation in mass unrest", "участие в массовых беспорядках"),
    ];

    private static readonly EventType[] Types = Enum.GetValues<EventType>();
    private static readonly DateOnly First = new(2015, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - First.DayNumber + 1;

    public static CaseRegister Build(int events)
    {
        var random = new Random(20210407);
        var personCount = Math.Max(1, events / 3);
        var persons = new List<Person>(personCount);
        var caseArticle = new (string Article, string Part, string En, string Ru)[personCount];
        for (var i = 0; i < personCount; i++)
        {
            var female = random.Next(4) == 0;
            var surname = Surnames[random.Next(Surnames.Length)];
            var given = (female ? FemaleNames : MaleNames)[random.Next(5)];
            var city = Cities[random.Next(Cities.Length)];
            caseArticle[i] = ArticleTitles[random.Next(ArticleTitles.Length)];
            persons.Add(new Person
            {
                Id = $"P{i + 1:00000}",
                SurnameEn = surname.En + (female ? "A" : ""), GivenNameEn = given.En,
                SurnameRu = surname.Ru + (female ? "а" : ""), GivenNameRu = given.Ru,
                Gender = female ? Gender.Female : Gender.Male,
                CityEn = city.En, CityRu = city.Ru,
                DescriptionEn = female ? "civil activist" : "civil activist and participant of peaceful protests",
                DescriptionRu = female ? "гражданская активистка" : "гражданский активист и участник мирных протестов",
                BackgroundEn = $"{given.En} {surname.En} took part in peaceful protests in {city.En} and was detained several times; supporters describe the case as politically motivated.",
                BackgroundRu = $"{given.Ru} {surname.Ru.ToUpperInvariant()} участвовал(а) в мирных протестах в городе {city.Ru} и неоднократно задерживался(ась); сторонники считают дело политически мотивированным.",
                Affiliations = random.Next(3) == 0 ? ["DCK"] : [],
                Extra = new Dictionary<string, string> { ["CityRuGen"] = city.RuGen },
                Source = new SourceRow("synthetic", "Persons", i + 2, new Dictionary<string, int>()),
            });
        }

        var list = new List<CourtEvent>(events);
        for (var i = 0; i < events; i++)
        {
            var person = random.Next(personCount);
            var type = Types[random.Next(Types.Length)];
            var (article, part, _, _) = caseArticle[person];
            var sentenced = type is EventType.Verdict or EventType.Appeal or EventType.Cassation;
            var punishment = sentenced ? (Punishment)random.Next(5) : (Punishment?)null;
            var term = sentenced && punishment is not Punishment.Fine ? 6 * random.Next(1, 11) : (int?)null;
            var details = random.Next(5) == 0;
            list.Add(new CourtEvent
            {
                Id = $"E{i + 1:000000}",
                PersonId = persons[person].Id,
                Date = First.AddDays(random.Next(Days)),
                Type = type,
                CourtEn = sentenced ? $"{persons[person].CityEn} District Court" : null,
                CourtRu = sentenced ? $"Районный суд города {persons[person].CityRu}" : null,
                Article = article, Part = part,
                Punishment = punishment,
                TermMonths = term,
                PreviousTermMonths = type == EventType.Appeal && term is { } t ? t + 12 : null,
                CommunityServiceHours = sentenced && random.Next(3) == 0 ? 20 * random.Next(1, 6) : null,
                ActivityBanYears = sentenced && random.Next(2) == 0 ? random.Next(1, 6) : null,
                SocialMediaBanYears = sentenced && random.Next(2) == 0 ? random.Next(1, 6) : null,
                CourtFeesKzt = sentenced && random.Next(2) == 0 ? Math.Round((decimal)(random.NextDouble() * 5000), 2) : null,
                FundPaymentKzt = sentenced && random.Next(2) == 0 ? 27780 + (random.Next(4) * 1389) : null,
                FineKzt = punishment == Punishment.Fine ? 291700 * random.Next(1, 5) : null,
                DetailsEn = details ? "Human rights defenders were not allowed into the courtroom." : null,
                DetailsRu = details ? "Правозащитников не пустили в зал суда." : null,
                Publish = random.Next(20) != 0,
                Row = new SourceRow("synthetic", "Events", i + 2, new Dictionary<string, int>()),
            });
        }

        var context = Enumerable.Range(0, Math.Max(1, events / 200)).Select(i =>
        {
            var from = First.AddDays(random.Next(Days - 30));
            return new ContextRow(from, from.AddDays(random.Next(1, 30)),
                "International observers expressed concern about politically motivated prosecutions in Kazakhstan.",
                "Международные наблюдатели выразили обеспокоенность политически мотивированными преследованиями в Казахстане.",
                new SourceRow("synthetic", "Context", i + 2, new Dictionary<string, int>()));
        }).ToList();
        var rates = Enumerable.Range(0, Days / 7).Select(w => new ExchangeRate(First.AddDays(7 * w), "USD",
            Math.Round(180m + (300m * w / (Days / 7m)) + (decimal)random.NextDouble(), 2),
            new SourceRow("synthetic", "Rates", w + 2, new Dictionary<string, int>()))).ToList();
        var articles = ArticleTitles.Select((a, i) => new ArticleTitle(a.Article, a.Part, a.En, a.Ru,
            new SourceRow("synthetic", "Articles", i + 2, new Dictionary<string, int>()))).ToList();

        return new CaseRegister { Persons = persons, Events = list, Articles = articles, Context = context, Rates = rates, Files = ["synthetic"] };
    }
}
