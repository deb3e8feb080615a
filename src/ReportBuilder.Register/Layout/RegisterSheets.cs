namespace ReportBuilder.Register.Layout;

/// <summary>The register contract: sheet and column names as documented in register-format.md.</summary>
public static class RegisterSheets
{
    public static readonly SheetSpec Persons = new("Persons", Required: true,
    [
        new("PersonId", Required: true),
        new("SurnameEn", Required: true), new("GivenNameEn", Required: true),
        new("SurnameRu", Required: true), new("GivenNameRu", Required: true),
        new("Gender", Required: true),
        new("CityEn", Translation: "CityRu"), new("CityRu", Translation: "CityEn"),
        new("RegionEn", Translation: "RegionRu"), new("RegionRu", Translation: "RegionEn"),
        new("DescriptionEn", Translation: "DescriptionRu"), new("DescriptionRu", Translation: "DescriptionEn"),
        new("BackgroundEn", Translation: "BackgroundRu"), new("BackgroundRu", Translation: "BackgroundEn"),
        new("Affiliation"),
    ]);

    public static readonly SheetSpec Events = new("Events", Required: true,
    [
        new("EventId", Required: true), new("PersonId", Required: true),
        new("Date", Required: true), new("Type", Required: true),
        new("CourtEn", Translation: "CourtRu"), new("CourtRu", Translation: "CourtEn"),
        new("JudgeEn", Translation: "JudgeRu"), new("JudgeRu", Translation: "JudgeEn"),
        new("Article"), new("Part"), new("Punishment"),
        new("TermMonths"), new("PreviousTermMonths"), new("CommunityServiceHours"),
        new("ActivityBanYears"), new("SocialMediaBanYears"),
        new("CourtFeesKzt"), new("FundPaymentKzt"), new("ExpertiseFeeKzt"), new("FineKzt"),
        new("DetailsEn", Translation: "DetailsRu"), new("DetailsRu", Translation: "DetailsEn"),
        new("Publish"), new("Source"),
    ]);

    public static readonly SheetSpec Articles = new("Articles", Required: false,
    [
        new("Article", Required: true), new("Part"),
        new("TitleEn", Translation: "TitleRu"), new("TitleRu", Translation: "TitleEn"),
    ]);

    public static readonly SheetSpec Context = new("Context", Required: false,
    [
        new("From", Required: true), new("Until"),
        new("TextEn", Translation: "TextRu"), new("TextRu", Translation: "TextEn"),
    ]);

    public static readonly SheetSpec Rates = new("Rates", Required: false,
    [
        new("Date", Required: true), new("Currency", Required: true), new("KztPerUnit", Required: true),
    ]);

    /// <summary>Russian forms confirmed once by staff: they win over the rules in every bulletin.</summary>
    public static readonly SheetSpec Forms = new("Forms", Required: false,
    [
        new("Kind", Required: true), new("Nominative", Required: true), new("Gender"),
        new("Gen"), new("Dat"), new("Acc"), new("Ins"), new("Prep"),
    ]);

    public static readonly IReadOnlyList<SheetSpec> All = [Persons, Events, Articles, Context, Rates, Forms];
}
