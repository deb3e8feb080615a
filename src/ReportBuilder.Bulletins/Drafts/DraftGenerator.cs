using ReportBuilder.Problems;
using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Register.Writing;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Problems;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>What generating one language's draft produced, besides the document.</summary>
public sealed record DraftResult(string Language, int Items, IReadOnlyList<Problem> TemplateWarnings, ReviewNotes Notes);

/// <summary>
/// Writes one language's draft: the bulletin's data in that language, the template filled
/// with the language's filters, then finished for editors (proofing language, review
/// comments, document properties).
/// </summary>
public static class DraftGenerator
{
    /// <summary>
    /// The bulletin data's shape, taken from the sample register's data (every kind of item,
    /// an appeal with its recalled verdict, context, summary): a template path outside it is
    /// a mistake found before rendering. Extra register columns are free-form.
    /// </summary>
    private static readonly Lazy<(CaseRegister Register, Bulletin Bulletin, DataShape Shape)> Sample = new(() =>
    {
        var register = SampleRegister.Build();
        var bulletin = BulletinBuilder.Build(register, new Period(PeriodKind.Range, new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31)));
        var rules = LanguageRules.For("en");
        var data = DraftData.Build(bulletin, register, rules, [], new ReviewNotes(), DraftData.MonthCounts(bulletin, register, rules));
        return (register, bulletin, DataShape.FromSample(data, "items.extra", "items.person.extra"));
    });

    private static DataShape Shape => Sample.Value.Shape;

    /// <summary>
    /// Runs a language's whole draft once on the sample register, into nothing. A process's
    /// first draft costs about 0.35 s of loading code (the Open XML SDK, the language rules),
    /// the next one milliseconds: front ends with a spare core do this while the register is
    /// read. A template with errors is left for the real run to report.
    /// </summary>
    public static void WarmUp(string language, TemplateSource template)
    {
        var (register, bulletin, _) = Sample.Value;
        try
        {
            Generate(bulletin, register, [], language, template, new TemplateOptions(), Stream.Null, DateTime.UnixEpoch); // into nothing: no time is written
        }
        catch (TemplateException)
        {
            // Reported by the real run.
        }
    }

    public static DraftResult Generate(Bulletin bulletin, CaseRegister register, IEnumerable<Problem> registerWarnings,
        string language, TemplateSource template, TemplateOptions options, Stream output, DateTime created)
    {
        var rules = LanguageRules.For(language);
        var notes = new ReviewNotes();
        // Computed once: the template shows the counts and the finisher charts them.
        var months = DraftData.MonthCounts(bulletin, register, rules);
        var data = DraftData.Build(bulletin, register, rules, registerWarnings, notes, months);
        var engine = new TemplateEngine(BulletinFilters.Create(rules), options with
        {
            Culture = rules.Culture,
            ListAnd = rules.And,
            Shape = Shape,
            // The finisher turns these into the chart and the items' review comments, in the body only.
            BodyOnlyPaths = new HashSet<string>(StringComparer.Ordinal) { "summary.chart", "item.review" },
        });
        var result = engine.Render(template, data, output, (document, warnings) =>
        {
            // Missing values the engine marked become a comment too, so an editor cannot miss them.
            // In the draft's language: an editor of the Russian draft reads Russian.
            var speaks = UiLanguages.For(language);
            foreach (var warning in warnings) notes.General.Add($"{warning.Text(speaks)} ({warning.Where(speaks)})");
            DraftFinisher.Finish(document, rules.Culture.Name, rules.DocumentTitle(bulletin.Period), notes, created, months, rules.ChartWords);
        });
        return new DraftResult(language, bulletin.Items.Count, result.Warnings, notes);
    }
}
