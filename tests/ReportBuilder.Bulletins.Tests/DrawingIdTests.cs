using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// A letterhead logo in the template's header and the events chart the finisher adds: Word
/// calls a document with two equal drawing ids unreadable, so ids are unique across all parts.
/// </summary>
public sealed class DrawingIdTests : IDisposable
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_logo_in_the_header_and_the_chart_get_different_drawing_ids()
    {
        var template = _temp.File("bulletin.en.docx");
        File.Copy(RepoPaths.File("templates", "bulletin.en.docx"), template);
        using (var document = WordprocessingDocument.Open(template, true))
        {
            var main = document.MainDocumentPart!;
            var header = main.AddNewPart<HeaderPart>();
            var image = header.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(Convert.FromBase64String(Png))) image.FeedData(stream);
            header.Header = new Header(new Paragraph(new Run(Logo(header.GetIdOfPart(image)))));
            header.Header.Save();
            var section = main.Document.Body!.Elements<SectionProperties>().LastOrDefault() ?? main.Document.Body.AppendChild(new SectionProperties());
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            main.Document.Save();
        }

        var path = _temp.File("draft.docx");
        var loaded = Register.RegisterLoader.Load([RepoPaths.File("templates", "sample-register.xlsx")], RepoPaths.Root, Register.Layout.RegisterLayout.Default);
        var bulletin = Model.BulletinBuilder.Build(loaded.Register, Periods.PeriodSpec.Parse("2021-04")!);
        using (var output = File.Create(path))
            Drafts.DraftGenerator.Generate(bulletin, loaded.Register, [], "en", Docx.TemplateSource.FromFile(template), new Docx.Rendering.TemplateOptions(), output, new DateTime(2021, 4, 8, 9, 0, 0, DateTimeKind.Utc));

        DocxValidation.AssertValid(path);
        using var draft = WordprocessingDocument.Open(path, false);
        var ids = draft.MainDocumentPart!.HeaderParts.SelectMany(h => h.Header.Descendants<DW.DocProperties>())
            .Concat(draft.MainDocumentPart.Document.Descendants<DW.DocProperties>())
            .Select(d => d.Id!.Value).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static Drawing Logo(string relationshipId) => new($"""
        <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                   xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
                   xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
                   xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
                   xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <wp:inline><wp:extent cx="360000" cy="360000"/><wp:docPr id="1" name="Logo"/>
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
              <pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>
                <pic:blipFill><a:blip r:embed="{relationshipId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
                <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
              </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>
        """);
}
