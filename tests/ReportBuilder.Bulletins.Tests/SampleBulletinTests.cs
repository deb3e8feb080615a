using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// The shipped sample register and default templates reproduce the reference bulletin of
/// 7 April 2021 (../shared/reference), phrase by phrase and in order, in both languages.
/// </summary>
public sealed class SampleBulletinTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] English => ReferenceBulletin.English;

    private static string[] Russian => ReferenceBulletin.Russian;

    private string Generate(string language) => DraftFixture.Sample(language, _temp.Path);

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Reproduces_the_reference_phrase_by_phrase_in_order(string language)
    {
        var text = DocxText.Body(Generate(language)).Replace('\u00A0', ' ');
        var position = 0;
        foreach (var phrase in language == "en" ? English : Russian)
        {
            var found = text.IndexOf(phrase, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Not found (in order) after position {position}: {phrase}\n--- draft ---\n{text}");
            position = found + phrase.Length;
        }
    }

    [Theory]
    [InlineData("en", "en-GB")]
    [InlineData("ru", "ru-RU")]
    public void Drafts_use_word_styles_numbering_and_the_output_proofing_language(string language, string culture)
    {
        var path = Generate(language);
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        Assert.Equal("Title", Style(paragraphs[0]));
        var items = paragraphs.Where(p => Style(p) == "ListNumber").ToList();
        Assert.Equal(2, items.Count);
        // Both items stay in the style's list (no per-item numbering override), so Word numbers them 1) and 2).
        Assert.All(items, p => Assert.Null(p.ParagraphProperties!.NumberingProperties));
        Assert.Contains(paragraphs, p => Style(p) == "Heading1");
        // Every run's proofing language is the output language: its own w:lang, else the document default.
        var defaultLanguage = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value;
        Assert.Equal(culture, defaultLanguage);
        Assert.All(body.Descendants<Run>().Where(r => r.InnerText.Length > 0), r => Assert.Equal(culture, r.RunProperties?.Languages?.Val?.Value ?? defaultLanguage));
        Assert.All(document.MainDocumentPart.StyleDefinitionsPart.Styles.Descendants<Languages>(), l => Assert.Equal(culture, l.Val!.Value));
        // Names are bold.
        var boldName = body.Descendants<Run>().First(r => r.RunProperties?.Bold is not null && r.InnerText.Length > 3);
        Assert.Equal(language == "en" ? "SABANSHIYEV Yerkyn" : "Еркын САБАНШИЕВ", boldName.InnerText);
        Assert.Equal(culture, document.PackageProperties.Language);
        Assert.Contains(language == "en" ? "7 April 2021" : "7 апреля 2021 года", Typography.Plain(document.PackageProperties.Title!), StringComparison.Ordinal);
        Assert.NotNull(document.PackageProperties.Created);
    }

    [Fact]
    public void Both_languages_hold_the_same_items_in_the_same_order()
    {
        static List<string> Items(string path)
        {
            using var document = WordprocessingDocument.Open(path, false);
            return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListNumber")
                .Select(DocxText.Text).ToList();
        }

        var register = RegisterLoader.Load([RepoPaths.File("templates", "sample-register.xlsx")], RepoPaths.Root, RegisterLayout.Default).Register;
        var expected = BulletinBuilder.Build(register, PeriodSpec.Parse("2021-04-07")!).Items;
        var english = Items(Generate("en"));
        var russian = Items(Generate("ru"));

        Assert.Equal(expected.Count, english.Count);
        Assert.Equal(expected.Count, russian.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var item = expected[i];
            Assert.Contains(new Language.EnglishRules().Date(item.Event.Date), english[i], StringComparison.Ordinal);
            Assert.Contains(item.Person.SurnameEn.ToUpperInvariant(), english[i], StringComparison.Ordinal);
            Assert.Contains(new Language.RussianRules().Date(item.Event.Date), russian[i], StringComparison.Ordinal);
            Assert.Contains(item.Person.SurnameRu.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("ru-RU")), russian[i], StringComparison.Ordinal);
        }
    }
}
