using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.TestSupport;

/// <summary>
/// Builds real .docx (or .dotx) fixtures: body elements from the helpers below, and optional
/// header, footer, footnote and numbering definitions ("1)" decimal list with numId 1, a
/// bullet-like second list with numId 2).
/// </summary>
public sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<OpenXmlElement> _header = [];
    private readonly List<OpenXmlElement> _footer = [];
    private readonly List<OpenXmlElement> _footnote = [];

    public DocxBuilder Body(params OpenXmlElement[] elements) { _body.AddRange(elements); return this; }
    public DocxBuilder Header(params OpenXmlElement[] elements) { _header.AddRange(elements); return this; }
    public DocxBuilder Footer(params OpenXmlElement[] elements) { _footer.AddRange(elements); return this; }
    public DocxBuilder Footnote(params OpenXmlElement[] elements) { _footnote.AddRange(elements); return this; }

    public string Save(string path, bool template = false)
    {
        using var document = WordprocessingDocument.Create(path, template ? WordprocessingDocumentType.Template : WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body(_body.Select(e => e.CloneNode(true)));
        var section = new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 708, Footer = 708, Gutter = 0 });
        if (_header.Count > 0)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(_header.Select(e => e.CloneNode(true)));
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }
        if (_footer.Count > 0)
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new W.Footer(_footer.Select(e => e.CloneNode(true)));
            var headerRef = section.GetFirstChild<HeaderReference>();
            var footerRef = new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) };
            if (headerRef is null) section.PrependChild(footerRef); else headerRef.InsertAfterSelf(footerRef);
        }
        if (_footnote.Count > 0)
        {
            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new W.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new W.Footnote(_footnote.Select(e => e.CloneNode(true))) { Id = 1 });
            body.AppendChild(new Paragraph(new Run(new Text("See note")), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 })));
        }
        body.AppendChild(section);
        main.Document = new Document(body);
        AddStyles(main);
        AddNumbering(main);
        document.Save();
        return path;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "List Number" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "ListNumber" });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new W.Numbering(
            AbstractList(0, "%1)"),
            AbstractList(1, "%1."),
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
    }

    private static AbstractNum AbstractList(int id, string text) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" })) { LevelIndex = 0 })
    { AbstractNumberId = id };

    // Element helpers -------------------------------------------------------------------------

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph P(string text) => new(R(text));

    /// <summary>A paragraph in list numId (1: "1)", 2: "1.").</summary>
    public static Paragraph ListP(int numId, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })), .. content]);

    public static Paragraph StyledP(string styleId, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = styleId }), .. content]);

    public static Run R(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold) props.AppendChild(new Bold());
            if (italic) props.AppendChild(new Italic());
            run.AppendChild(props);
        }
        run.AppendChild(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Table Table(params TableRow[] rows)
    {
        var width = rows.Max(r => r.Elements<TableCell>().Count());
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" },
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "2000" })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(params OpenXmlElement[] content) => new(content.Length == 0 ? [new Paragraph()] : content);

    public static TableCell Cell(string text) => new(P(text));

    /// <summary>A cell with shading and its own borders, to check they survive a row loop.</summary>
    public static TableCell ShadedCell(string text, string fill = "FFEE00") => new(
        new TableCellProperties(new TableCellBorders(new LeftBorder { Val = BorderValues.Double, Size = 6 }),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill }),
        P(text));

    /// <summary>A cell that starts a horizontal merge over span grid columns.</summary>
    public static TableCell SpanCell(string text, int span) => new(new TableCellProperties(new GridSpan { Val = span }), P(text));

    /// <summary>A paragraph holding a VML text box whose content is the given paragraphs.</summary>
    public static Paragraph TextBox(params Paragraph[] content) => new(new Run(new Picture(
        new V.Shape(new V.TextBox(new TextBoxContent(content.Select(p => p.CloneNode(true))))) { Id = "box1", Style = "width:200pt;height:50pt" })));

    public static ProofError ProofStart() => new() { Type = ProofingErrorValues.SpellStart };

    public static ProofError ProofEnd() => new() { Type = ProofingErrorValues.SpellEnd };
}
