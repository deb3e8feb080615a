using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Problems;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>What generating one language's draft produced, besides the document.</summary>
public sealed record DraftResult(string Language, int Items, IReadOnlyList<TemplateProblem> TemplateWarnings, ReviewNotes Notes);

/// <summary>
/// Writes one language's draft: the bulletin's data in that language, the template filled
/// with the language's filters, then finished for editors (proofing language, review
/// comments, document properties).
/// </summary>
public static class DraftGenerator
{
    public static DraftResult Generate(Bulletin bulletin, CaseRegister register, IEnumerable<Problem> registerWarnings,
        string language, string templatePath, TemplateOptions options, Stream output, DateTime created)
    {
        var rules = LanguageRules.For(language);
        var notes = new ReviewNotes();
        // Computed once: the template shows the counts and the finisher charts them.
        var months = DraftData.MonthCounts(bulletin, register, rules);
        var data = DraftData.Build(bulletin, register, rules, registerWarnings, notes, months);
        var engine = new TemplateEngine(BulletinFilters.Create(rules), options with { Culture = rules.Culture, ListAnd = rules.And });
        var result = engine.Render(templatePath, data, output, (document, warnings) =>
        {
            // Missing values the engine marked become a comment too, so an editor cannot miss them.
            foreach (var warning in warnings) notes.General.Add($"{warning.Message} ({warning.Location})");
            DraftFinisher.Finish(document, rules.Culture.Name, rules.DocumentTitle(bulletin.Period), notes, created, months, rules.ChartWords);
        });
        return new DraftResult(language, bulletin.Items.Count, result.Warnings, notes);
    }
}
