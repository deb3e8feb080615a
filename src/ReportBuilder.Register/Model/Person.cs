namespace ReportBuilder.Register.Model;

/// <summary>A persecuted person, one row of the Persons sheet.</summary>
public sealed class Person
{
    public required string Id { get; init; }
    public required string SurnameEn { get; init; }
    public required string GivenNameEn { get; init; }
    public required string SurnameRu { get; init; }
    public required string GivenNameRu { get; init; }
    public required Gender Gender { get; init; }
    public string? CityEn { get; init; }
    public string? CityRu { get; init; }
    public string? RegionEn { get; init; }
    public string? RegionRu { get; init; }
    public string? DescriptionEn { get; init; }
    public string? DescriptionRu { get; init; }
    public string? BackgroundEn { get; init; }
    public string? BackgroundRu { get; init; }
    public IReadOnlyList<string> Affiliations { get; init; } = [];

    /// <summary>Columns the layout does not define, by header text, for templates.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public required SourceRow Source { get; init; }
}
