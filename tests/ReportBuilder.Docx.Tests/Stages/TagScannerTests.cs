using ReportBuilder.Docx.Lexing;

namespace ReportBuilder.Docx.Tests.Stages;

/// <summary>Lex stage: tags found in a paragraph's joined text.</summary>
public class TagScannerTests
{
    [Theory]
    [InlineData("Hello {{name}}!", "6-14:name", "")]
    [InlineData("{{a}}{{ b.c }}", "0-5:a|5-14: b.c ", "")]
    [InlineData("no tags", "", "")]
    [InlineData("open {{name", "", "open@5")]
    [InlineData("close }} only", "", "close@6")]
    [InlineData("{{a {{b}}", "4-9:b", "open@0")]
    [InlineData("{single} {{x}}", "9-14:x", "")]
    [InlineData("}}{{a}}", "2-7:a", "close@0")]
    [InlineData("x }} {{a}} }}", "5-10:a", "close@2|close@11")]
    [InlineData("{{a {{b", "", "open@0|open@4")]
    public void Finds_tags_and_strays(string text, string expectedTags, string expectedStrays)
    {
        var (tags, strays) = TagScanner.Scan(text);

        Assert.Equal(expectedTags, string.Join("|", tags.Select(t => $"{t.Start}-{t.End}:{t.Content}")));
        Assert.Equal(expectedStrays, string.Join("|", strays.Select(s => $"{(s.IsOpening ? "open" : "close")}@{s.Position}")));
    }
}
