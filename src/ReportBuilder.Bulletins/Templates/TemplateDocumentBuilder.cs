using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Bulletins.Templates;

/// <summary>
/// Writes a bulletin template as a real Word document: named paragraph styles (Title,
/// Heading 1, List Number numbered "1)", Item Text, Normal), a "Table Grid" table style and
/// the language's proofing language. Text marks **bold** spans; tags are typed as staff would.
/// </summary>
public sealed class TemplateDocumentBuilder(string language, string font = "Times New Roman")
{
    private readonly List<OpenXmlElement> _body = [];
    private bool _landscape;

    /// <summary>A landscape page, for a table of many columns (the list of political prisoners).</summary>
    public TemplateDocumentBuilder Landscape()
    {
        _landscape = true;
        return this;
    }

    public TemplateDocumentBuilder Title(string text) => Paragraph("Title", text);
    public TemplateDocumentBuilder Heading(string text) => Paragraph("Heading1", text);
    public TemplateDocumentBuilder Item(string text) => Paragraph("ListNumber", text);
    public TemplateDocumentBuilder ItemText(string text) => Paragraph("ItemText", text);
    public TemplateDocumentBuilder Text(string text) => Paragraph(null, text);

    /// <summary>A paragraph holding only a block tag ({{#if …}}, {{/each}}): it disappears from drafts.</summary>
    public TemplateDocumentBuilder Tag(string tag) => Paragraph(null, tag);

    /// <summary>Continues the chain with a shared piece of template.</summary>
    public TemplateDocumentBuilder Then(Func<TemplateDocumentBuilder, TemplateDocumentBuilder> piece) => piece(this);

    /// <summary>A two-or-more column table: a header row, one row repeated by a row loop, and optional last rows.</summary>
    public TemplateDocumentBuilder Table(string[] header, string[] repeated, params string[][] after)
    {
        var table = new Table(
            new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "3000" },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(header.Select(_ => new GridColumn { Width = "4500" })));
        // Across a page break the header row repeats and no row is split in two.
        var headerRow = Row(header, bold: true);
        headerRow.PrependChild(new TableRowProperties(new CantSplit(), new TableHeader()));
        table.Append(headerRow);
        table.Append(Unsplit(Row(repeated, bold: false)));
        foreach (var row in after) table.Append(Unsplit(Row(row, bold: true)));
        _body.Add(table);
        return this;
    }

    /// <summary>
    /// A full-width table of several columns (widths in twentieths of a point, summing to the
    /// text width): a header row that repeats on every page and one row repeated by a row loop.
    /// </summary>
    public TemplateDocumentBuilder WideTable(int[] widths, string[] header, string[] repeated)
    {
        var table = new Table(
            new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var headerRow = Row(header, bold: true, widths);
        headerRow.PrependChild(new TableRowProperties(new CantSplit(), new TableHeader()));
        table.Append(headerRow);
        table.Append(Unsplit(Row(repeated, bold: false, widths)));
        // 10 pt, so that dates and words fit narrow columns without breaking inside a word.
        foreach (var run in table.Descendants<Run>())
            (run.RunProperties ??= run.PrependChild(new RunProperties())).Append(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" });
        _body.Add(table);
        return this;
    }

    private static TableRow Unsplit(TableRow row)
    {
        row.PrependChild(new TableRowProperties(new CantSplit()));
        return row;
    }

    private static TableRow Row(string[] cells, bool bold, int[]? widths = null) =>
        new(cells.Select((c, i) => new TableCell(
            new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = (widths?[i] ?? 4500).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            // Table cells read better ragged than justified (the body text is justified).
            new Paragraph([new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Left }), .. Runs(bold ? $"**{c}**" : c)]))));

    private TemplateDocumentBuilder Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(Runs(text));
        _body.Add(paragraph);
        return this;
    }

    private static IEnumerable<Run> Runs(string text)
    {
        var parts = text.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0) continue;
            var run = new Run();
            if (i % 2 == 1) run.AppendChild(new RunProperties(new Bold()));
            run.AppendChild(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    /// <param name="title">The template's document title (File > Info).</param>
    public void Save(Stream stream, string title = "Bulletin template")
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(_body.Select(e => e.CloneNode(true)));
        body.AppendChild(new SectionProperties(
            _landscape ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape } : new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1418, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(body);
        AddStyles(main);
        AddNumbering(main);
        document.PackageProperties.Language = language;
        document.PackageProperties.Title = title;
    }

    private void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Both }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle("Title", "Title", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Left }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
            ParagraphStyle("Heading1", "heading 1", "Normal", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
            ParagraphStyle("ListNumber", "List Number", "Normal", new StyleParagraphProperties(
                new NumberingProperties(new NumberingId { Val = 1 }), new SpacingBetweenLines { Before = "120" })),
            ParagraphStyle("ItemText", "Item Text", "Normal", new StyleParagraphProperties(new Indentation { Left = "360" })),
            new Style(new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" })))
            { Type = StyleValues.Table, StyleId = "TableGrid" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        if (basedOn is not null) style.AppendChild(new BasedOn { Val = basedOn });
        style.AppendChild(new PrimaryStyle());
        if (paragraph is not null) style.AppendChild(paragraph);
        if (run is not null) style.AppendChild(run);
        return style;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new ParagraphStyleIdInLevel { Val = "ListNumber" },
                    new LevelText { Val = "%1)" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
    }
}
