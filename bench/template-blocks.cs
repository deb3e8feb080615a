// Render time against the number of blocks in a template, in one warm process (Release):
// N {{#if}} blocks in one paragraph, N block paragraphs, and N rows of a {{#each}} loop.
//   dotnet run bench/template-blocks.cs -c Release -- [N ...]     (default 1000 10000 100000)
#:project ../src/ReportBuilder.Docx/ReportBuilder.Docx.csproj
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;

int[] sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1_000, 10_000, 100_000];
var engine = new TemplateEngine(new FilterRegistry(), new TemplateOptions());
Console.WriteLine("| shape | blocks | render ms | ms per 1,000 blocks |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (shape, build) in new (string, Func<int, Paragraph[]>)[]
{
    ("{{#if}} blocks in one paragraph", n => [new Paragraph(new Run(new Text(Repeat(n, i => $"{{{{#if flag}}}}x{i}{{{{/if}}}} ")) { Space = SpaceProcessingModeValues.Preserve }))]),
    ("{{#if}} block paragraphs", n => [.. Enumerable.Range(0, n).SelectMany(i => new[] { P("{{#if flag}}"), P($"line {i}"), P("{{/if}}") })]),
    ("{{#each}} rows (data)", n => [P("{{#each rows}}"), P("{{name}} {{#if flag}}flagged{{/if}}"), P("{{/each}}")]),
})
{
    foreach (var n in sizes)
    {
        var template = TemplateSource.FromBytes("t.docx", Docx(build(n)));
        var data = TemplateData.FromJson("{\"flag\":true,\"name\":\"Anna\",\"rows\":[" + Repeat(n, i => (i > 0 ? "," : "") + $"{{\"name\":\"p{i}\",\"flag\":{(i % 2 == 0 ? "true" : "false")}}}") + "]}");
        var watch = Stopwatch.StartNew();
        try
        {
            engine.Render(template, data, Stream.Null); // warm up (JIT)
            watch.Restart();
            engine.Render(template, data, Stream.Null);
        }
        catch (TemplateException e)
        {
            // Past a template limit: the time it takes to say so.
            Console.WriteLine(FormattableString.Invariant($"| {shape} | {n:N0} | refused ({e.Problems[0].Id}) in {watch.Elapsed.TotalMilliseconds:F0} | |"));
            continue;
        }
        var ms = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(FormattableString.Invariant($"| {shape} | {n:N0} | {ms:F0} | {ms / n * 1000:F1} |"));
        if (ms > 120_000) break;
    }
}

static Paragraph P(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

static string Repeat(int n, Func<int, string> item)
{
    var sb = new StringBuilder();
    for (var i = 0; i < n; i++) sb.Append(item(i));
    return sb.ToString();
}

static byte[] Docx(Paragraph[] paragraphs)
{
    using var stream = new MemoryStream();
    using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
    {
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs));
    }
    return stream.ToArray();
}
