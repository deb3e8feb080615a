using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Lexing;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests.Stages;

/// <summary>Lex stage: tags split across runs end up alone in a run with their first character's formatting.</summary>
public class RunNormalizerTests
{
    [Fact]
    public void Gathers_a_tag_split_over_runs_proofing_marks_and_bookmarks_into_one_run()
    {
        var paragraph = P(R("Dear {"), ProofStart(), R("{na", bold: true), new BookmarkStart { Id = "1", Name = "x" }, R("me"), ProofEnd(),
            new BookmarkEnd { Id = "1" }, R("}}, hello"));
        var text = ParagraphText.Of(paragraph).Text;

        var isolated = RunNormalizer.Isolate(paragraph, TagScanner.Scan(text).Tags);

        var tag = Assert.Single(isolated);
        Assert.Equal("{{name}}", tag.Run.InnerText);
        Assert.Null(tag.Run.RunProperties); // formatting of the tag's first character "{" (plain)
        Assert.Equal(text, ParagraphText.Of(paragraph).Text); // the visible text is unchanged
        Assert.Equal(["Dear ", "{{name}}", "", "", ", hello"], paragraph.Elements<Run>().Select(r => r.InnerText));
    }

    [Fact]
    public void Keeps_the_formatting_of_the_first_character_and_splits_around_several_tags()
    {
        var paragraph = P(R("a "), R("{{x}} and {{", bold: true), R("y}} b"));
        var isolated = RunNormalizer.Isolate(paragraph, TagScanner.Scan(ParagraphText.Of(paragraph).Text).Tags);

        Assert.Equal(["{{x}}", "{{y}}"], isolated.Select(t => t.Run.InnerText));
        Assert.All(isolated, t => Assert.NotNull(t.Run.RunProperties?.Bold));
        Assert.Equal("a {{x}} and {{y}} b", ParagraphText.Of(paragraph).Text);
    }

    [Fact]
    public void Leaves_text_box_paragraphs_to_themselves()
    {
        var paragraph = TextBox(P("inside {{a}}"));
        paragraph.AppendChild(R("outside {{b}}"));

        Assert.Equal("outside {{b}}", ParagraphText.Of(paragraph).Text);
    }
}
