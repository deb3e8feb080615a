using System.Text.RegularExpressions;
using CsCheck;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// Whatever optional fields an event has, the default templates' sentences never dangle: for
/// random events of every type with every optional field present or absent, no paragraph of
/// either draft holds ", .", ",;", " ,", two spaces, "()", an empty «», or ends a list with
/// "and ." / «и .», and every draft passes the Open XML validator.
/// </summary>
public sealed partial class OptionalFieldsPropertyTests : IDisposable
{
    private static readonly string[] Types =
        ["verdict", "appeal", "cassation", "detention", "search", "charge", "pretrial-restriction", "hearing", "release", "fine", "administrative-arrest"];

    private static readonly string[] Punishments =
        ["restriction-of-liberty", "deprivation-of-liberty", "fine", "suspended", "community-service", "acquittal", "none"];

    /// <summary>The optional fields: fees, fund, expertise, fine, hours, each ban, article, part, title, description, city, region, judge.</summary>
    private const int Fields = 13;

    private static readonly object?[] PersonsHeader =
        ["PersonId", "SurnameEn", "GivenNameEn", "SurnameRu", "GivenNameRu", "Gender", "CityEn", "CityRu", "RegionEn", "RegionRu", "DescriptionEn", "DescriptionRu"];

    private static readonly object?[] EventsHeader =
        ["EventId", "PersonId", "Date", "Type", "Article", "Part", "Punishment", "TermMonths", "PreviousTermMonths", "CommunityServiceHours",
         "ActivityBanYears", "SocialMediaBanYears", "CourtFeesKzt", "FundPaymentKzt", "ExpertiseFeeKzt", "FineKzt", "JudgeEn", "JudgeRu", "Publish"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void No_combination_of_optional_fields_leaves_dangling_punctuation()
    {
        var events = Gen.Select(Gen.Int[0, Types.Length - 1], Gen.Int[0, Punishments.Length - 1], Gen.Bool.Array[Fields], Gen.Int[0, 3])
            .Array[40, 60];
        var run = 0;
        events.Sample(specs =>
        {
            var path = Register(specs, ++run);
            foreach (var language in new[] { "en", "ru" })
            {
                var (draft, _) = DraftFixture.Generate(path, _temp.Path, "2021-04-05..2021-04-11", language, _temp.Path);
                foreach (var paragraph in DocxText.BodyParagraphs(draft).Select(p => p.Replace('\u00A0', ' ')))
                {
                    if (Dangling().Match(paragraph) is { Success: true } bad)
                        throw new InvalidOperationException($"{language}: '{bad.Value}' in: {paragraph}");
                }
            }
        }, iter: 4, threads: 1);
    }

    private string Register((int Type, int Punishment, bool[] Has, int Term)[] specs, int run)
    {
        var persons = new List<object?[]> { PersonsHeader };
        var events = new List<object?[]> { EventsHeader };
        for (var i = 0; i < specs.Length; i++)
        {
            var (type, punishment, has, term) = specs[i];
            bool H(int field) => has[field];
            persons.Add([$"P{i}", $"SURNAME{i}", "Given", "Оразов", "Тимур", i % 2 == 0 ? "M" : "F",
                H(10) ? "Talgar" : null, H(10) ? "Талгар" : null, H(11) ? "Almaty oblast" : null, H(11) ? "Алматинская область" : null,
                H(9) ? "civil activist" : null, H(9) ? "гражданский активист" : null]);
            var article = H(6) ? (H(8) ? "405" : "174") : null;
            events.Add([$"E{i}", $"P{i}", new DateTime(2021, 4, 5 + (i % 7)), Types[type], article, H(6) && H(7) ? "2" : null,
                Types[type] is "verdict" or "appeal" or "cassation" ? Punishments[punishment] : null,
                term > 0 ? term * 12 : null, Types[type] is "appeal" or "cassation" && term > 0 ? (term + 1) * 12 : null,
                H(4) ? 100 : null, H(5) ? 3 : null, H(12) || H(5) ? 5 : null,
                H(0) ? 840.5 : null, H(1) ? 27780 : null, H(2) ? 25736 : null, H(3) ? 50000 : null,
                H(12) ? "KELEMSEITOV Yerkebulan" : null, H(12) ? "Еркебулан КЕЛЕМСЕИТОВ" : null, "Y"]);
        }
        return new WorkbookBuilder()
            .Sheet("Persons", [.. persons])
            .Sheet("Events", [.. events])
            .Sheet("Articles", [["Article", "Part", "TitleEn", "TitleRu"], ["405", "2", "participation in an extremist organisation", "участие в деятельности экстремистской организации"]])
            .Save(_temp.File($"register{run}.xlsx"));
    }

    /// <summary>Punctuation that only a dangling optional part leaves behind.</summary>
    [GeneratedRegex(@", \.|,;|\s,|  |\(\)|«\s*»|\band \.|\bи \.|\s\.$|,,|\s;")]
    private static partial Regex Dangling();
}
