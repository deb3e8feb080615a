using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ReportBuilder.TestSupport;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>The drafts carry a native Word chart of events per month, with its data in an embedded workbook.</summary>
public sealed class MonthChartTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("en", "Apr 2021", "Published events per month")]
    [InlineData("ru", "апр 2021", "Опубликованные события по месяцам")]
    public void The_chart_shows_the_last_twelve_months_with_editable_data(string language, string lastLabel, string title)
    {
        var path = DraftFixture.Sample(language, _temp.Path);

        using var document = WordprocessingDocument.Open(path, false);
        var chartPart = Assert.Single(document.MainDocumentPart!.ChartParts);
        var chart = chartPart.ChartSpace;
        Assert.Contains(title, chart.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Single().Text, StringComparison.Ordinal);
        var labels = chart.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ToList();
        var values = chart.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => int.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(12, labels.Count);
        Assert.Equal(lastLabel, labels[^1]);
        // The sample's published events: 4 Feb 2021; 15 Mar 2021; 7 Apr 2021 twice (the 2 Apr search is unpublished).
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2], values);

        var embedded = Assert.Single(chartPart.Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>());
        using var workbook = new XLWorkbook(embedded.GetStream());
        var sheet = workbook.Worksheet("Sheet1");
        Assert.Equal(lastLabel, sheet.Cell(13, 1).GetString());
        Assert.Equal(2, sheet.Cell(13, 2).GetValue<int>());
        Assert.NotNull(document.MainDocumentPart.Document.Body!.Descendants<C.ChartReference>().SingleOrDefault());
    }
}
