using System.IO.Compression;
using System.Text;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>A template damaged the way files get damaged is T014 with advice, never an internal error.</summary>
public sealed partial class DamagedTemplateTests : IDisposable
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

    public static TheoryData<string, Func<ZipParts, ZipParts>, string> Damage => new()
    {
        { "no content types", parts => parts.Remove("[Content_Types].xml"), "it has no [Content_Types].xml, the list of what each part is" },
        { "no package relationships", parts => parts.Remove("_rels/.rels"), "it has no _rels/.rels, which names the document's main part" },
        { "a part twice", parts => parts.SetBytes("WORD/document.xml", Encoding.UTF8.GetBytes(parts.Text("word/document.xml"))), "the zip holds the part WORD/document.xml twice" },
        { "a content type missing", parts => parts.Edit("[Content_Types].xml", xml => xml.Replace("ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"", "", StringComparison.Ordinal)),
            "[Content_Types].xml gives '' as a content type, which is not one" },
        { "a content type without a slash", parts => parts.Edit("[Content_Types].xml", xml => xml.Replace("application/vnd.openxmlformats-package.relationships+xml", "relsxml", StringComparison.Ordinal)),
            "[Content_Types].xml gives 'relsxml' as a content type, which is not one" },
        { "the main part missing", parts => parts.Edit("_rels/.rels", xml => xml.Replace("Target=\"/word/document.xml\"", "Target=\"/word/gone.xml\"", StringComparison.Ordinal)),
            "the package refers to the part word/gone.xml, which is missing from the file" },
        { "a target that is no name", parts => parts.Edit("word/_rels/document.xml.rels", xml => RelationshipTarget().Replace(xml, "Target=\"http://[x\"", 1)),
            "word/_rels/document.xml.rels names 'http://[x', which is not a part name" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Each_kind_of_damage_to_the_package_is_named(string damage, Func<ZipParts, ZipParts> damaged, string expected)
    {
        var message = Refused(damaged(Template()).ToBytes());
        Assert.True(message.Contains(expected, StringComparison.Ordinal), $"{damage}: {message}");
    }

    [Fact]
    public void An_external_link_is_not_a_missing_part_and_comments_in_xml_are_stripped()
    {
        var parts = Template().Edit("word/_rels/document.xml.rels", xml => xml.Replace("</Relationships>",
            "<Relationship Id=\"rIdWeb\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/a b\" TargetMode=\"External\"/></Relationships>",
            StringComparison.Ordinal)).Edit("word/document.xml", xml => xml.Replace("<w:body>", "<w:body><!-- a note --><?pi here?>", StringComparison.Ordinal));
        var path = _temp.File("linked.docx");
        File.WriteAllBytes(path, parts.ToBytes());
        using var output = new MemoryStream();

        new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(path, new Dictionary<string, object?> { ["name"] = "Dana" }, output);

        var written = ZipParts.Read(output.ToArray());
        Assert.DoesNotContain("a note", written.Text("word/document.xml"), StringComparison.Ordinal);
        Assert.Contains("Dear Dana,", DocxText.Body(new MemoryStream(output.ToArray())), StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("Target=\"[^\"]+\"")]
    private static partial System.Text.RegularExpressions.Regex RelationshipTarget();
}
