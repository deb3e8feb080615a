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
        var path = _temp.File("template.docx");
        File.WriteAllBytes(path, bytes);
        using var output = new MemoryStream();
        var e = Assert.Throws<TemplateException>(() =>
            new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(path, new Dictionary<string, object?> { ["name"] = "Dana" }, output));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("T014", "template.docx"), (problem.Id, problem.File));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Contains("open it in Word and save it again", problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void A_byte_changed_in_a_stored_part_fails_its_checksum()
    {
        var bytes = Template().ToBytes(CompressionLevel.NoCompression);
        var at = Encoding.Latin1.GetString(bytes).IndexOf("Regards", StringComparison.Ordinal);
        bytes[at] = (byte)'X';
        AssertRefused(bytes, "does not match its checksum (CRC-32)");
    }

    [Fact]
    public void A_missing_header_part_is_refused()
    {
        var parts = Template();
        AssertRefused(parts.Remove(parts.Names.Single(n => n.Contains("header", StringComparison.Ordinal))).ToBytes(), "damaged");
    }

    [Fact]
    public void A_relationship_id_that_names_nothing_is_refused()
    {
        var parts = Template();
        var rels = parts.Names.Single(n => n.EndsWith("document.xml.rels", StringComparison.Ordinal));
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        var id = System.Text.RegularExpressions.Regex.Match(parts.Text(main), "r:id=\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        AssertRefused(parts.Edit(rels, xml => xml.Replace($"Id=\"{id}\"", "Id=\"R404\"", StringComparison.Ordinal)).ToBytes(), "damaged");
    }

    [Fact]
    public void An_invalid_content_type_is_refused()
    {
        var parts = Template();
        AssertRefused(parts.Edit("[Content_Types].xml", xml =>
            xml.Replace("application/vnd.openxmlformats-package.relationships+xml", "not a type", StringComparison.Ordinal)).ToBytes(), "damaged");
    }

    [Fact]
    public void A_document_part_cut_off_is_refused()
    {
        var parts = Template();
        var main = parts.Names.Single(n => n.EndsWith("document.xml", StringComparison.Ordinal));
        AssertRefused(parts.Edit(main, xml => xml[..(xml.Length / 2)]).ToBytes(), "damaged");
    }
}
