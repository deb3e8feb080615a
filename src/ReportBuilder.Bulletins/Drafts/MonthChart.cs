using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// A native Word column chart (a DrawingML chart part with its data in an embedded workbook,
/// so editors can restyle or edit it in Word), placed in the paragraph that holds the chart marker.
/// </summary>
public static class MonthChart
{
    private const long Width = 5_760_000;  // 16 cm in EMU
    private const long Height = 2_880_000; // 8 cm

    public static void Place(MainDocumentPart main, IReadOnlyList<(string Label, int Count)> months, string title, string series)
    {
        var body = main.Document.Body!;
        var text = body.Descendants<Text>().FirstOrDefault(t => t.Text.Contains(ReviewNotes.ChartMarker, StringComparison.Ordinal));
        if (text?.Ancestors<Paragraph>().FirstOrDefault() is not { } paragraph) return;
        text.Text = text.Text.Replace(ReviewNotes.ChartMarker, "", StringComparison.Ordinal);

        var chartPart = main.AddNewPart<ChartPart>();
        var data = chartPart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var workbook = ChartWorkbook.Write(months, series)) data.FeedData(workbook);
        chartPart.ChartSpace = Chart(months, title, series, chartPart.GetIdOfPart(data));
        chartPart.ChartSpace.Save();

        // Any id: every drawing of every part is numbered after the finisher (UniqueIds.NumberDrawings).
        const uint id = 1;
        paragraph.AppendChild(new Run(new Drawing(new DW.Inline(
            new DW.Extent { Cx = Width, Cy = Height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(chartPart) })
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 })));
    }

    private static C.ChartSpace Chart(IReadOnlyList<(string Label, int Count)> months, string title, string series, string dataId)
    {
        var last = months.Count + 1;
        var categories = new C.StringCache(new C.PointCount { Val = (uint)months.Count });
        var values = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)months.Count });
        for (var i = 0; i < months.Count; i++)
        {
            categories.AppendChild(new C.StringPoint(new C.NumericValue(months[i].Label)) { Index = (uint)i });
            values.AppendChild(new C.NumericPoint(new C.NumericValue(months[i].Count.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        }
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            new C.BarChartSeries(
                new C.Index { Val = 0 },
                new C.Order { Val = 0 },
                new C.SeriesText(new C.StringReference(new C.Formula("Sheet1!$B$1"),
                    new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(series)) { Index = 0 }))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "2F5597" })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${last}"), categories)),
                new C.Values(new C.NumberReference(new C.Formula($"Sheet1!$B$2:$B${last}"), values))),
            new C.GapWidth { Val = 80 },
            new C.AxisId { Val = 1 },
            new C.AxisId { Val = 2 });
        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                    new A.Paragraph(new A.Run(new A.Text(title))))), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(
                    new C.Layout(),
                    barChart,
                    new C.CategoryAxis(new C.AxisId { Val = 1 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                        new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.AutoLabeled { Val = true },
                        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
                    new C.ValueAxis(new C.AxisId { Val = 2 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                        new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(),
                        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                        new C.MajorUnit { Val = 1 })),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = dataId });
    }
}
