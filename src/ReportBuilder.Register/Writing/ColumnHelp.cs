namespace ReportBuilder.Register.Writing;

/// <summary>What each documented column holds, in English and Russian, for input messages on header cells.</summary>
internal static class ColumnHelp
{
    private static readonly Dictionary<string, (string En, string Ru)> Help = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PersonId"] = ("Unique id of the person, e.g. P001.", "Уникальный код лица, например P001."),
        ["SurnameEn"] = ("Surname in Latin letters, as used in English.", "Фамилия латиницей, как в английском тексте."),
        ["GivenNameEn"] = ("Given name in Latin letters.", "Имя латиницей."),
        ["SurnameRu"] = ("Surname in Cyrillic (nominative).", "Фамилия кириллицей (именительный падеж)."),
        ["GivenNameRu"] = ("Given name in Cyrillic (nominative).", "Имя кириллицей (именительный падеж)."),
        ["Gender"] = ("M or F (also м / ж): drives Russian agreement.", "M или F (также м / ж): для согласования в русском тексте."),
        ["CityEn"] = ("Home town in English.", "Город по-английски."),
        ["CityRu"] = ("Home town in Russian.", "Город по-русски."),
        ["RegionEn"] = ("Region in English, e.g. Zhambyl oblast.", "Область по-английски."),
        ["RegionRu"] = ("Region in Russian, e.g. Жамбылская область.", "Область по-русски, например Жамбылская область."),
        ["DescriptionEn"] = ("Role before the name, e.g. civil activist.", "Кто это по-английски, например civil activist."),
        ["DescriptionRu"] = ("Role before the name in Russian.", "Кто это, например гражданский активист."),
        ["BackgroundEn"] = ("Background paragraph about the person (English).", "Справка о человеке по-английски."),
        ["BackgroundRu"] = ("Background paragraph about the person (Russian).", "Справка о человеке по-русски."),
        ["Affiliation"] = ("Movements, separated by ;", "Движения через ;"),
        ["EventId"] = ("Unique id of the event, e.g. E0001.", "Уникальный код события, например E0001."),
        ["Date"] = ("Date, e.g. 07.04.2021.", "Дата, например 07.04.2021."),
        ["Type"] = ("Kind of event: pick from the list.", "Вид события: выберите из списка."),
        ["CourtEn"] = ("Court in English.", "Суд по-английски."),
        ["CourtRu"] = ("Court in Russian.", "Суд по-русски."),
        ["JudgeEn"] = ("Judge, e.g. KELEMSEITOV Yerkebulan.", "Судья по-английски."),
        ["JudgeRu"] = ("Judge in Russian, as printed.", "Судья по-русски, как в тексте."),
        ["Article"] = ("Article of the Criminal Code, e.g. 405.", "Статья УК, например 405."),
        ["Part"] = ("Part of the article, e.g. 2.", "Часть статьи, например 2."),
        ["Punishment"] = ("Punishment: pick from the list.", "Наказание: выберите из списка."),
        ["TermMonths"] = ("Length of the punishment in months.", "Срок наказания в месяцах."),
        ["PreviousTermMonths"] = ("For appeals: the term before the appeal, in months.", "Для апелляций: срок до апелляции, в месяцах."),
        ["CommunityServiceHours"] = ("Hours of community service.", "Часы общественных работ."),
        ["ActivityBanYears"] = ("Ban on social/political activity, in years.", "Запрет на общественную деятельность, лет."),
        ["SocialMediaBanYears"] = ("Ban on using social networks, in years.", "Запрет на пользование соцсетями, лет."),
        ["CourtFeesKzt"] = ("Court fees in tenge, e.g. 840.50.", "Судебные издержки в тенге."),
        ["FundPaymentKzt"] = ("Payment to the Victims' Compensation Fund, tenge.", "Платёж в Фонд компенсации потерпевшим, тенге."),
        ["ExpertiseFeeKzt"] = ("Forensic examination costs, tenge.", "Расходы на экспертизу, тенге."),
        ["FineKzt"] = ("Fine in tenge.", "Штраф в тенге."),
        ["DetailsEn"] = ("Extra sentences for the item (English).", "Дополнительный текст по-английски."),
        ["DetailsRu"] = ("Extra sentences for the item (Russian).", "Дополнительный текст по-русски."),
        ["Publish"] = ("Y to publish, N to keep out of bulletins.", "Y — публиковать, N — не включать в бюллетень."),
        ["Source"] = ("Where the fact comes from (URL).", "Источник (ссылка)."),
        ["TitleEn"] = ("Title of the article in English.", "Название статьи по-английски."),
        ["TitleRu"] = ("Title of the article in Russian.", "Название статьи по-русски."),
        ["From"] = ("First day the paragraph applies to.", "С какого дня относится."),
        ["Until"] = ("Last day (blank: the From day only).", "По какой день (пусто — только день From)."),
        ["TextEn"] = ("Background paragraph in English.", "Текст по-английски."),
        ["TextRu"] = ("Background paragraph in Russian.", "Текст по-русски."),
        ["Currency"] = ("Currency code, e.g. USD.", "Код валюты, например USD."),
        ["KztPerUnit"] = ("Tenge per one unit of the currency.", "Тенге за единицу валюты."),
    };

    public static (string En, string Ru) For(string column) => Help.GetValueOrDefault(column, (column, column));
}
