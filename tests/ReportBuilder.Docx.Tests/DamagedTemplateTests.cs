using System.IO.Compression;
using System.Text;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>A template damaged the way files get damaged is T014 with advice, never an internal error.</summary>
public sealed class DamagedTemplateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private ZipParts Template() =>
        ZipParts.Read(new DocxBuilder().Body(P("Dear {{ name }},"), P("Regards")).Header(P("Letterhead")).Save(_temp.File("ok.docx")));

    private void AssertRefused(byte[] bytes, string expected)
    {
        var message = Refused(bytes);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    /// <summary>The T014 message, which speaks to staff: the part by name, never .NET's words or advice.</summary>
    private string Refused(byte[] bytes)
    {
        var path = _temp.File("template.docx");
        File.WriteAllBytes(path, bytes);
        using var output = new MemoryStream();
        var e = Assert.Throws<TemplateException>(() =>
            new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(path, new Dictionary<string, object?> { ["name"] = "Dana" }, output));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("T014", "template.docx"), (problem.Id, problem.File));
        Assert.Contains("open it in Word and save it again", problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
        foreach (var developerWords in new[] { "Specified part", "Format error in package", ".NET", "DtdProcessing", "XmlReaderSettings", "Exception" })
            Assert.DoesNotContain(developerWords, problem.Message, StringComparison.Ordinal);
        return problem.Message;
    }

    [Fact]
    public void A_byte_changed_in_a_stored_part_fails_its_checksum()
    {
        var bytes = Template().ToBytes(CompressionLevel.NoCompression);
        var at = Encoding.Latin1.GetString(bytes).IndexOf("Regards", StringComparison.Ordinal);
        bytes[at] = (byte)'X';
        AssertRefused(bytes, "/document.xml: its bytes do not match their checksum (CRC-32)");
    }

    [Fact]
    public void A_missing_header_part_is_refused()
    {
        var parts = Template();
        var header = parts.Names.Single(n => n.Contains("header", StringComparison.Ordinal));
        AssertRefused(parts.Remove(header).ToBytes(), $"the part word/document.xml refers to the part {header}, which is missing from the file");
    }

    [Fact]
    public void A_relationship_id_that_names_nothing_is_refused()
    {
        var parts = Template();
        var rels = parts.Names.Single(n => n.EndsWith("document.xml.rels", StringComparison.Ordinal));
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        var id = System.Text.RegularExpressions.Regex.Match(parts.Text(main), "r:id=\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        AssertRefused(parts.Edit(rels, xml => xml.Replace($"Id=\"{id}\"", "Id=\"R404\"", StringComparison.Ordinal)).ToBytes(),
            $"/word/document.xml names the relationship '{id}', which does not exist");
    }

    [Fact]
    public void An_invalid_content_type_is_refused()
    {
        var parts = Template();
        AssertRefused(parts.Edit("[Content_Types].xml", xml =>
            xml.Replace("application/vnd.openxmlformats-package.relationships+xml", "not a type", StringComparison.Ordinal)).ToBytes(),
            "[Content_Types].xml gives 'not a type' as a content type");
    }

    [Fact]
    public void A_document_part_cut_off_is_refused()
    {
        var parts = Template();
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        AssertRefused(parts.Edit(main, xml => xml[..(xml.Length / 2)]).ToBytes(), $"the part {main} is cut off or its XML is broken (line ");
    }

    [Fact]
    public void A_DTD_is_refused_in_plain_words()
    {
        var parts = Template();
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        var message = Refused(parts.Edit(main, xml => xml.Replace("<w:document", "<!DOCTYPE w:document [<!ENTITY a \"aaaa\">]><w:document", StringComparison.Ordinal)).ToBytes());
        Assert.Contains($"the part {main} holds a DTD", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_without_a_content_type_is_named()
    {
        var parts = Template();
        AssertRefused(parts.Edit("[Content_Types].xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "<Default Extension=\"rels\"[^>]*/>", "")).ToBytes(),
            "the part _rels/.rels has no content type in [Content_Types].xml");
    }
}
