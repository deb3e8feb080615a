namespace ReportBuilder.Register.Layout;

/// <summary>
/// The Russian headers staff commonly give the documented columns, accepted out of the box
/// (Статья for Article, Дата for Date …). Configuration can add more; the documented English
/// names always work.
/// </summary>
internal static class RussianColumnNames
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Persons"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["PersonId"] = ["Код лица", "Код"], ["SurnameEn"] = ["Фамилия (англ.)"], ["GivenNameEn"] = ["Имя (англ.)"],
            ["SurnameRu"] = ["Фамилия"], ["GivenNameRu"] = ["Имя"], ["Gender"] = ["Пол"],
            ["CityEn"] = ["Город (англ.)"], ["CityRu"] = ["Город"], ["RegionEn"] = ["Область (англ.)"], ["RegionRu"] = ["Область", "Регион"],
            ["DescriptionEn"] = ["Описание (англ.)"], ["DescriptionRu"] = ["Описание"],
            ["BackgroundEn"] = ["Биография (англ.)"], ["BackgroundRu"] = ["Биография"], ["Affiliation"] = ["Принадлежность", "Организация"],
        },
        ["Events"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["EventId"] = ["Код события"], ["PersonId"] = ["Код лица"], ["Date"] = ["Дата"], ["Type"] = ["Тип", "Вид события"],
            ["CourtEn"] = ["Суд (англ.)"], ["CourtRu"] = ["Суд"], ["JudgeEn"] = ["Судья (англ.)"], ["JudgeRu"] = ["Судья"],
            ["Article"] = ["Статья"], ["Part"] = ["Часть"], ["Punishment"] = ["Наказание"],
            ["TermMonths"] = ["Срок (мес.)", "Срок"], ["PreviousTermMonths"] = ["Прежний срок (мес.)", "Прежний срок"],
            ["CommunityServiceHours"] = ["Общественные работы (ч)", "Часы общественных работ"],
            ["ActivityBanYears"] = ["Запрет деятельности (лет)"], ["SocialMediaBanYears"] = ["Запрет соцсетей (лет)"],
            ["CourtFeesKzt"] = ["Судебные издержки"], ["FundPaymentKzt"] = ["Фонд компенсации"], ["ExpertiseFeeKzt"] = ["Экспертиза"],
            ["FineKzt"] = ["Штраф"], ["DetailsEn"] = ["Подробности (англ.)"], ["DetailsRu"] = ["Подробности"],
            ["Publish"] = ["Публиковать"], ["Source"] = ["Источник"],
        },
        ["Articles"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Article"] = ["Статья"], ["Part"] = ["Часть"], ["TitleEn"] = ["Название (англ.)"], ["TitleRu"] = ["Название"],
        },
        ["Context"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["From"] = ["С", "Начало"], ["Until"] = ["По", "Конец"], ["TextEn"] = ["Текст (англ.)"], ["TextRu"] = ["Текст"],
        },
        ["Rates"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Date"] = ["Дата"], ["Currency"] = ["Валюта"], ["KztPerUnit"] = ["Курс"],
        },
        ["Forms"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Kind"] = ["Что"], ["Nominative"] = ["Именительный"], ["Gender"] = ["Пол"], ["Gen"] = ["Родительный"],
            ["Dat"] = ["Дательный"], ["Acc"] = ["Винительный"], ["Ins"] = ["Творительный"], ["Prep"] = ["Предложный"],
        },
    };

    /// <summary>The Russian names staff give the sheets themselves (Лица, События …), built in like the columns'.</summary>
    private static readonly Dictionary<string, string[]> Sheets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Persons"] = ["Лица", "Персоны"], ["Events"] = ["События"], ["Articles"] = ["Статьи"],
        ["Context"] = ["Контекст"], ["Rates"] = ["Курсы"], ["Forms"] = ["Формы"],
    };

    public static IReadOnlyList<string> OfSheet(string sheet) => Sheets.GetValueOrDefault(sheet) ?? [];

    public static IReadOnlyList<string> Of(string sheet, string column) =>
        Names.GetValueOrDefault(sheet)?.GetValueOrDefault(column) ?? [];
}
