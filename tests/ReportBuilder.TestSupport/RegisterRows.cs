namespace ReportBuilder.TestSupport;

/// <summary>Rows for minimal valid register sheets, to be extended or broken by a test.</summary>
public static class RegisterRows
{
    public static readonly object?[] PersonsHeader =
        ["PersonId", "SurnameEn", "GivenNameEn", "SurnameRu", "GivenNameRu", "Gender", "CityEn", "CityRu"];

    public static readonly object?[] EventsHeader =
        ["EventId", "PersonId", "Date", "Type", "Article", "Part", "Punishment", "TermMonths", "FundPaymentKzt", "Publish"];

    public static object?[] Person(string id, string surnameEn = "DOE", string givenEn = "John", string surnameRu = "Доу",
        string givenRu = "Джон", string gender = "M", string? cityEn = "Almaty", string? cityRu = "Алматы") =>
        [id, surnameEn, givenEn, surnameRu, givenRu, gender, cityEn, cityRu];

    public static object?[] Event(string id, string personId, object? date, string type = "verdict", string? article = "405",
        string? part = "2", string? punishment = null, object? termMonths = null, object? fund = null, string? publish = null) =>
        [id, personId, date, type, article, part, punishment, termMonths, fund, publish];

    public static object?[][] Articles =>
    [
        ["Article", "Part", "TitleEn", "TitleRu"],
        ["405", "2", "participation in an extremist organisation", "участие в деятельности экстремистской организации"],
    ];

    /// <summary>A workbook with one person and one event: valid as it stands.</summary>
    public static WorkbookBuilder Minimal() => new WorkbookBuilder()
        .Sheet("Persons", [PersonsHeader, Person("P001")])
        .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))])
        .Sheet("Articles", Articles);
}
