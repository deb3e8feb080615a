using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.DocxBuilder;

namespace ReportBuilder.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Fills_a_template_from_json_and_refuses_to_overwrite_without_the_option()
    {
        new DocxBuilder().Body(P("Hello {{name}}, {{ count }} items")).Save(_temp.File("t.docx"));
        File.WriteAllText(_temp.File("d.json"), """{ "name": "Yerkyn", "count": 3 }""");

        var first = CliRunner.Run(_temp.Path, "render", "--template", "t.docx", "--data", "d.json", "--out", "o.docx");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("Hello Yerkyn, 3 items", DocxText.Body(_temp.File("o.docx")));
        DocxValidation.AssertValid(_temp.File("o.docx"));

        // New data: a refused run must leave the old draft, a forced one must replace it.
        File.WriteAllText(_temp.File("d.json"), """{ "name": "Dana", "count": 4 }""");
        var again = CliRunner.Run(_temp.Path, "render", "--template", "t.docx", "--data", "d.json", "--out", "o.docx");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--overwrite", again.Error, StringComparison.Ordinal);
        Assert.Equal("Hello Yerkyn, 3 items", DocxText.Body(_temp.File("o.docx")));

        var forced = CliRunner.Run(_temp.Path, "render", "--template", "t.docx", "--data", "d.json", "--out", "o.docx", "--overwrite");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("Hello Dana, 4 items", DocxText.Body(_temp.File("o.docx")));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public void A_template_with_errors_exits_1_lists_them_and_writes_nothing()
    {
        new DocxBuilder().Body(P("{{#if x}}"), P("{{ a | nope }}")).Save(_temp.File("bad.docx"));
        File.WriteAllText(_temp.File("d.json"), "{}");

        var result = CliRunner.Run(_temp.Path, "render", "-t", "bad.docx", "-d", "d.json", "-o", "o.docx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("T005", result.Out, StringComparison.Ordinal);
        Assert.Contains("T004", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("o.docx")));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public void Missing_options_are_usage_errors()
    {
        var result = CliRunner.Run(_temp.Path, "render", "--template", "t.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--data is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_a_five_thousand_row_table_loop()
    {
        new DocxBuilder().Body(Table(
            Row(Cell("No."), Cell("Name"), Cell("Date")),
            Row(Cell("{{#each rows}}{{@number}}"), Cell("{{name | upper}}"), Cell("{{date}}{{/each}}")))).Save(_temp.File("rows.docx"));
        var json = new StringBuilder("{\"rows\":[");
        for (var i = 0; i < 5000; i++) json.Append(i == 0 ? "" : ",").Append($"{{\"name\":\"person {i}\",\"date\":\"2021-04-{i % 28 + 1:00}\"}}");
        File.WriteAllText(_temp.File("rows.json"), json.Append("]}").ToString());

        var result = CliRunner.Run(_temp.Path, "render", "-t", "rows.docx", "-d", "rows.json", "-o", "rows.out.docx");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = WordprocessingDocument.Open(_temp.File("rows.out.docx"), false);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().ToList();
        Assert.Equal(5001, rows.Count);
        Assert.Equal("5000PERSON 49992021-04-16", rows[^1].InnerText);
    }

    [Fact]
    public void Render_offers_the_language_filters_for_the_culture_and_join_takes_a_member()
    {
        new DocxBuilder().Body(P("{{ d | date }}; {{ n | count \"hour\" \"acc\" }}; {{ amount | money }}; {{ people | join \", \" \"name\" }}; {{ 2 | words \"gen\" }}")).Save(_temp.File("t.docx"));
        File.WriteAllText(_temp.File("d.json"), """{ "d": "2021-04-07", "n": 5, "amount": 27780, "people": [ { "name": "Ann" }, { "name": "Bob" } ] }""");

        var result = CliRunner.Run(_temp.Path, "render", "--template", "t.docx", "--data", "d.json", "--out", "o.docx", "--culture", "ru-RU");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("7 апреля 2021 года; 5 часов; 27 780 тенге; Ann, Bob; двух", DocxText.Body(_temp.File("o.docx")).Replace('\u00A0', ' '));
    }

    [Fact]
    public void Join_over_objects_without_a_member_says_so()
    {
        new DocxBuilder().Body(P("{{ people | join }}")).Save(_temp.File("t.docx"));
        File.WriteAllText(_temp.File("d.json"), """{ "people": [ { "id": "C1", "title": "x" } ] }""");

        var result = CliRunner.Run(_temp.Path, "render", "--template", "t.docx", "--data", "d.json", "--out", "o.docx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("name the member to join", result.Out + result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("o.docx")));
    }
}
