using DocumentFormat.OpenXml;
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

    public static TheoryData<string, Func<Paragraph>, bool> Boundaries => new()
    {
        { "split over plain runs", () => P(R("a {{na"), R("me}} b")), false },
        { "wholly inside a hyperlink, split over its runs", () => P(R("a "), Link(R("{{na"), R("me}}")), R(" b")), false },
        { "begun outside a hyperlink, ended inside", () => P(R("a {{na"), Link(R("me}}"))), true },
        { "begun in a hyperlink, ended outside", () => P(Link(R("{{na")), R("me}} b")), true },
        { "across two hyperlinks", () => P(Link(R("{{na")), Link(R("me}}"))), true },
        { "begun inside a content control", () => P(new SdtRun(new SdtContentRun(R("{{na"))), R("me}}")), true },
        { "over a complex field's marker", () => P(R("{{na"), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), R("me}}")), true },
        { "a field's marker after the tag", () => P(R("{{na"), R("me}}"), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin })), false },
        { "a field's marker before the tag", () => P(new Run(new FieldChar { FieldCharType = FieldCharValues.End }), R("{{na"), R("me}}")), false },
        { "in one run beside a hyperlink", () => P(Link(R("link")), R("{{name}}")), false },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void A_tag_is_marked_when_gathering_it_would_cross_a_hyperlink_field_or_content_control(string layout, Func<Paragraph> build, bool crosses)
    {
        var paragraph = build();
        var isolated = RunNormalizer.Isolate(paragraph, TagScanner.Scan(ParagraphText.Of(paragraph).Text).Tags);

        var tag = Assert.Single(isolated);
        Assert.Equal((layout, "{{name}}", crosses), (layout, tag.Run.InnerText, tag.CrossedBoundary));
    }

    [Fact]
    public void What_else_the_run_holds_stays_on_its_side_of_the_tag()
    {
        var run = new Run(new RunProperties(new Italic()), new TabChar(), new Text("a{{x}}b") { Space = SpaceProcessingModeValues.Preserve }, new Break(), new Text("c"));
        var paragraph = P(run);

        var isolated = RunNormalizer.Isolate(paragraph, TagScanner.Scan(ParagraphText.Of(paragraph).Text).Tags);

        Assert.Equal("{{x}}", Assert.Single(isolated).Run.InnerText);
        var runs = paragraph.Elements<Run>().ToList();
        Assert.Equal(["TabChar", "Text:a", "Text:{{x}}", "Text:b", "Break|Text:c"],
            runs.Select(r => string.Join("|", r.ChildElements.Where(c => c is not RunProperties).Select(c => c is Text t ? "Text:" + t.Text : c.GetType().Name))));
        Assert.All(runs, r => Assert.NotNull(r.RunProperties?.Italic));
        Assert.Same(isolated[0].Run, runs[2]);
    }

    [Fact]
    public void Tags_whose_runs_were_emptied_by_an_earlier_tag_are_still_found()
    {
        // The later tag is gathered first and empties the runs after its start; the earlier one
        // then starts in a run followed by emptied ones.
        var paragraph = P(R("{{a"), R("}}{{"), R("b"), R("}}"), R(""), R("{{c}}"), R(" end"));

        var isolated = RunNormalizer.Isolate(paragraph, TagScanner.Scan(ParagraphText.Of(paragraph).Text).Tags);

        Assert.Equal(["{{a}}", "{{b}}", "{{c}}"], isolated.Select(t => t.Run.InnerText));
        Assert.Equal("{{a}}{{b}}{{c}} end", ParagraphText.Of(paragraph).Text);
        Assert.All(isolated, t => Assert.False(t.CrossedBoundary));
    }

    private static Hyperlink Link(params Run[] runs) => new(runs) { Anchor = "here" };
}
