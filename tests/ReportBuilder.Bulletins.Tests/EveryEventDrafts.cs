using System.Text;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests;

/// <summary>
/// Both drafts of a period that holds every event, as text: what the damage and corpus tests
/// compare, so that no lost or changed row can hide outside the bulletin.
/// </summary>
internal static class EveryEventDrafts
{
    private const string EveryEvent = "2000-01-01..2030-12-31";

    private static readonly Dictionary<string, TemplateSource> Templates = new()
    {
        ["en"] = TemplateSource.FromFile(RepoPaths.File("templates", "bulletin.en.docx")),
        ["ru"] = TemplateSource.FromFile(RepoPaths.File("templates", "bulletin.ru.docx")),
    };

    /// <summary>The register's row counts, as a line.</summary>
    public static string Counts(RegisterLoadResult loaded) =>
        $"{loaded.Register.Persons.Count} persons, {loaded.Register.Events.Count} events, {loaded.Register.Articles.Count} articles, " +
        $"{loaded.Register.Context.Count} context rows, {loaded.Register.Rates.Count} rates";

    public static string Text(RegisterLoadResult loaded)
    {
        var run = BulletinPipeline.Generate(loaded, new BulletinRequest
        {
            Period = EveryEvent,
            Templates = Templates,
            Clock = TestClock.At(new DateTime(2021, 4, 8, 9, 0, 0, DateTimeKind.Utc)),
        });
        if (!run.Succeeded) throw run.Failures[0].Error;
        var all = new StringBuilder();
        foreach (var draft in run.Drafts) all.AppendLine(DocxText.Body(new MemoryStream(draft.Bytes)));
        return all.ToString();
    }
}
