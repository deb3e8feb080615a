using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>An item's Source URL as a footnote at the end of its paragraph, a real link where it is one.</summary>
internal static class SourceFootnote
{
    public static void Add(MainDocumentPart main, Paragraph paragraph, string source)
    {
        var part = main.FootnotesPart ?? main.AddNewPart<FootnotesPart>();
        if (part.Footnotes is null)
        {
            part.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            DeclareSeparators(main);
        }
        var id = part.Footnotes.Elements<Footnote>().Max(f => f.Id?.Value ?? 0) + 1;

        OpenXmlElement link = new Run(new Text(source) { Space = SpaceProcessingModeValues.Preserve });
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var relationship = part.AddHyperlinkRelationship(uri, isExternal: true);
            link = new Hyperlink(new Run(new RunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }),
                new Text(source) { Space = SpaceProcessingModeValues.Preserve })) { Id = relationship.Id };
        }
        part.Footnotes.AppendChild(new Footnote(new Paragraph(
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
            new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }),
            link)) { Id = id });
        paragraph.AppendChild(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id }));
    }

    /// <summary>
    /// The settings must name the separator footnotes (-1 and 0); without that, word processors
    /// take the separators for the first footnotes and show empty notes.
    /// </summary>
    private static void DeclareSeparators(MainDocumentPart main)
    {
        var settingsPart = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>();
        var settings = settingsPart.Settings ??= new Settings();
        if (settings.GetFirstChild<FootnoteDocumentWideProperties>() is not null) return;
        var footnotes = new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 });
        // Schema order: footnotePr comes before these (ECMA-376 part 1, 17.15.1.78).
        string[] later = ["endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
            "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
            "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"];
        var next = settings.ChildElements.FirstOrDefault(e => later.Contains(e.LocalName));
        if (next is null) settings.AppendChild(footnotes);
        else next.InsertBeforeSelf(footnotes);
        settings.Save();
    }
}
