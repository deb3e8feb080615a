using System.Text.RegularExpressions;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// Staff edit the shipped templates in Word: every paragraph must read as the sentence it
/// prints, so it holds at most 12 tags and blocks nest at most 4 deep (the item loop counts
/// as one), measured on the templates as they ship (bulletin, prisoners, person; en and ru).
/// </summary>
public sealed partial class ShippedTemplateReadabilityTests
{
    private const int MaxTags = 12;
    private const int MaxDepth = 4;

    [Theory]
    [InlineData("bulletin.en.docx")]
    [InlineData("bulletin.ru.docx")]
    [InlineData("prisoners.en.docx")]
    [InlineData("prisoners.ru.docx")]
    [InlineData("person.en.docx")]
    [InlineData("person.ru.docx")]
    public void Every_paragraph_has_few_tags_and_shallow_blocks(string template)
    {
        var paragraphs = DocxText.AllBodyParagraphs(RepoPaths.File("templates", template));
        var depth = 0;
        var deepest = 0;
        foreach (var paragraph in paragraphs)
        {
            var tags = Tag().Matches(paragraph).Select(m => m.Groups[1].Value.Trim()).ToList();
            Assert.True(tags.Count <= MaxTags, $"{tags.Count} tags in: {paragraph}");
            foreach (var tag in tags)
            {
                if (tag.StartsWith('#')) deepest = Math.Max(deepest, ++depth);
                else if (tag.StartsWith('/')) depth--;
                Assert.True(depth <= MaxDepth, $"blocks nested {depth} deep at {{{{{tag}}}}} in: {paragraph}");
            }
        }
        Assert.Equal(0, depth);
        Assert.True(deepest >= 2, "the measure found the loops and their alternatives");
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}")]
    private static partial Regex Tag();
}
