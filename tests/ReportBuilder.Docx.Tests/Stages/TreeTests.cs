using ReportBuilder.Problems;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Parsing;
using ReportBuilder.Docx.Problems;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Docx.Tests.Stages;

/// <summary>Parse stage: the tree a body compiles to, as a fixture table.</summary>
public class TreeTests
{
    public static TheoryData<string, OpenXmlElement[], string> Cases => new()
    {
        { "value in text", [P(R("Hello "), R("{{name}}"), R("!"))], "p[\"Hello \" {name} \"!\"]" },
        { "no tags stays verbatim", [P("plain")], "p\"plain\"" },
        { "paragraph loop drops its tag paragraphs", [P("{{#each items}}"), P(R("{{@number}}")), P("{{/each}}")], "#each(items)/paragraphs[p[{@number}]]" },
        { "inline if", [P(R("a{{#if x}}b{{else}}c{{/if}}d"))], "p[\"a\" #if(x)/inline[\"b\"] else[\"c\"] \"d\"]" },
        { "if with else-if and else paragraphs", [P("{{#if a}}"), P("A"), P("{{else if b}}"), P("B"), P("{{else}}"), P("C"), P("{{/if}}")],
            "#if(a)/paragraphs[p\"A\"] elseif(b)[p\"B\"] else[p\"C\"]" },
        { "row loop keeps the row, drops the tags", [Table(Row(Cell("{{#each rows as r}}{{r.a}}"), Cell("{{r.b}}{{/each}}")))],
            "tbl[#each(rows as r)/rows[tr[tc[p[{r.a}]] tc[p[{r.b}]]]]]" },
        { "nested blocks", [P("{{#each a}}"), P("{{#each b}}"), P(R("{{#if c}}x{{/if}}")), P("{{/each}}"), P("{{/each}}")],
            "#each(a)/paragraphs[#each(b)/paragraphs[p[#if(c)/inline[\"x\"]]]]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_to_the_expected_tree(string name, OpenXmlElement[] content, string expected)
    {
        var body = new Body(content.Select(e => e.CloneNode(true)));
        var problems = new List<Problem>();

        var part = PartCompiler.Compile("t.docx", "body", body, new FilterRegistry(), null, problems);

        Assert.True(problems.Count == 0, name + ": " + string.Join("; ", problems));
        Assert.Equal(expected, TreePrinter.Print(part.Tree));
    }
}
