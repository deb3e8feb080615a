using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Lexing;
using ReportBuilder.Docx.Parsing;
using ReportBuilder.Docx.Rendering;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests.Stages;

/// <summary>
/// The small rules the stages lean on: the text quoted around a mistake, what a mistyped block
/// tag was meant to be, and which paragraphs count as showing something once rendered.
/// </summary>
public sealed class SmallPiecesTests
{
    [Theory]
    [InlineData(0, 5, 3, "01234567…")]         // at the start: nothing cut before
    [InlineData(10, 12, 3, "…78901234…")]      // in the middle: cut on both sides
    [InlineData(17, 20, 3, "…45678901")]       // at the end: nothing cut after
    [InlineData(3, 5, 3, "01234567…")]         // exactly the width from the start
    [InlineData(2, 20, 3, "0123456789012345678901")]  // the whole text
    public void The_text_around_a_mistake_is_cut_with_an_ellipsis_only_where_text_was_left_out(int start, int end, int width, string expected)
    {
        var text = ParagraphText.Of(P("0123456789012345678901"));
        Assert.Equal(expected, text.Around(start, end, width));
    }

    [Theory]
    [InlineData("#each items", "Open Each")]
    [InlineData(" #if x", "Open If")]
    [InlineData("#list xs", "Open List")]
    [InlineData("/each", "Close Each")]
    [InlineData("/each  ", "Close Each")]
    [InlineData("/if)", "Close If")]
    [InlineData("/list", "Close List")]
    [InlineData("else", "Else")]
    [InlineData("else if x", "Else")]
    [InlineData("part", "Part")]
    [InlineData("elsewhere", "none")]
    [InlineData("/eachs", "none")]
    [InlineData("partner", "none")]
    [InlineData("/iff", "none")]
    [InlineData("name", "none")]
    public void A_mistyped_block_tag_is_told_from_its_keyword_as_a_whole_word(string content, string expected)
    {
        var intended = TagOccurrence.Intended(content) switch
        {
            OpenTag open => $"Open {open.Kind}",
            CloseTag close => $"Close {close.Kind}",
            ElseTag => "Else",
            PartTag => "Part",
            null => "none",
            var other => other.GetType().Name,
        };
        Assert.Equal(expected, intended);
    }

    public static TheoryData<string, Func<OpenXmlElement>, bool> Content => new()
    {
        { "text", () => new Run(new Text("a")), true },
        { "empty text", () => new Run(new Text("")), false },
        { "nothing", () => new Run(), false },
        { "a bookmark", () => new BookmarkStart { Id = "1", Name = "b" }, false },
        { "a drawing", () => new Run(new Drawing()), true },
        { "a picture", () => new Run(new Picture()), true },
        { "an embedded object", () => new Run(new EmbeddedObject()), true },
        { "a break", () => new Run(new Break()), true },
        { "a tab", () => new Run(new TabChar()), true },
        { "a symbol", () => new Run(new SymbolChar { Char = "F0E0", Font = "Wingdings" }), true },
        { "a field marker", () => new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), true },
        { "a simple field", () => new SimpleField { Instruction = "PAGE" }, true },
        { "a footnote reference", () => new Run(new FootnoteReference { Id = 1 }), true },
        { "an endnote reference", () => new Run(new EndnoteReference { Id = 1 }), true },
        { "a positional tab", () => new Run(new PositionalTab()), true },
        { "a section break", () => new ParagraphProperties(new SectionProperties()), true },
    };

    [Theory]
    [MemberData(nameof(Content))]
    public void A_paragraph_shows_something_if_it_holds_text_or_anything_Word_draws(string what, Func<OpenXmlElement> content, bool visible)
    {
        Assert.Equal((what, visible), (what, ParagraphContent.IsVisible(new Paragraph(content()))));
    }
}
