using System.Text;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests;

/// <summary>
/// For random templates and data, splitting the template's runs at random places and adding
/// formatting changes, proofing marks and bookmarks never changes the output text.
/// </summary>
public sealed class RunSplittingPropertyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Gen<string> Word = Gen.Char["abc xyz"].Array[1, 6].Select(chars => new string(chars));

    /// <summary>A piece of a paragraph: plain text, a value, or an inline if around text and a value.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Word,
        Gen.Int[0, 3].Select(i => $"{{{{v{i}}}}}"),
        Gen.Select(Gen.Int[0, 2], Word, Gen.Int[0, 3], (b, w, v) => $"{{{{#if b{b}}}}}{w}{{{{v{v}}}}}{{{{else}}}}-{{{{/if}}}}"),
        Gen.Select(Word, w => $"{{{{#each items}}}}{w}{{{{@number}}}}{{{{/each}}}}"));

    private static readonly Gen<string> ParagraphText = Piece.Array[1, 5].Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> Data = Gen.Select(Word.Array[4], Gen.Bool.Array[3], Gen.Int[0, 3],
        (values, flags, count) => "{" + string.Join(",", values.Select((v, i) => $"\"v{i}\":\"{v}\""))
            + "," + string.Join(",", flags.Select((f, i) => $"\"b{i}\":{(f ? "true" : "false")}"))
            + ",\"items\":[" + string.Join(",", Enumerable.Range(0, count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]}");

    /// <summary>Cut points and what to insert at each: 0 nothing, 1 bold change, 2 proofing marks, 3 a bookmark.</summary>
    private static readonly Gen<(int Cut, int Insert)[]> Cuts = Gen.Select(Gen.Int[0, 200], Gen.Int[0, 3]).Array[0, 12];

    [Fact]
    public void Splitting_runs_never_changes_the_output_text()
    {
        Gen.Select(ParagraphText.Array[1, 4], Data, Cuts.Array[4], Gen.Bool)
            .Sample((paragraphs, data, cuts, wrapInLoop) =>
            {
                var whole = paragraphs.Select(p => P(R(p))).ToList();
                var split = paragraphs.Select((p, i) => Split(p, cuts[i % cuts.Length])).ToList();
                if (wrapInLoop)
                {
                    whole = [P("{{#each items}}"), .. whole, P("{{/each}}")];
                    split = [P(R("{{#e"), R("ach items}}", bold: true)), .. split, P(R("{{/"), ProofStart(), R("each}}"), ProofEnd())];
                }
                var expected = Render(whole, data);
                var actual = Render(split, data);
                Assert.Equal(expected, actual);
                Assert.DoesNotContain(expected, p => p.Contains("{{", StringComparison.Ordinal));
            }, iter: 40, threads: 1);
    }

    private int _count;

    private List<string> Render(List<Paragraph> body, string data)
    {
        var name = _temp.File($"p{++_count}");
        var template = new DocxBuilder().Body([.. body]).Save(name + ".docx");
        using (var output = File.Create(name + ".out.docx"))
            new TemplateEngine(new FilterRegistry(), new TemplateOptions()).Render(template, TemplateData.FromJson(data), output);
        DocxValidation.AssertValid(name + ".out.docx");
        return DocxText.BodyParagraphs(name + ".out.docx");
    }

    private static Paragraph Split(string text, (int Cut, int Insert)[] cuts)
    {
        var positions = cuts.Where(c => text.Length > 0).Select(c => (Position: c.Cut % text.Length, c.Insert))
            .DistinctBy(c => c.Position).OrderBy(c => c.Position).ToList();
        var content = new List<OpenXmlElement>();
        var start = 0;
        var bold = false;
        var bookmark = 0;
        foreach (var (position, insert) in positions.Append((text.Length, 0)))
        {
            if (position > start) content.Add(R(text[start..position], bold));
            switch (insert)
            {
                case 1: bold = !bold; break;
                case 2: content.Add(ProofStart()); content.Add(ProofEnd()); break;
                case 3:
                    var id = (++bookmark).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    content.Add(new BookmarkStart { Id = id, Name = "b" + id });
                    content.Add(new BookmarkEnd { Id = id });
                    break;
            }
            start = position;
        }
        return P([.. content]);
    }
}
