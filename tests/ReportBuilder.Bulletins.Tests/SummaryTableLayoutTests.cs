using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>The summary tables stay readable across a page break: the header row repeats, rows do not split, the heading stays with its table.</summary>
public sealed class SummaryTableLayoutTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Header_rows_repeat_rows_do_not_split_and_the_heading_keeps_with_its_table(string language)
    {
        var path = DraftFixture.Generate(RepoPaths.File("templates", "sample-register.xlsx"), RepoPaths.Root, "2021-01-01..2021-12-31", language, _temp.Path).Path;

        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.True(rows.Count > 2);
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        }
        var heading = (Paragraph)tables[0].PreviousSibling()!;
        Assert.Equal("Heading1", heading.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var style = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.NotNull(style.StyleParagraphProperties?.KeepNext);
    }
}
