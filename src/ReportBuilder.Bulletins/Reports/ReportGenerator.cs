using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Language;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.Problems;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>
/// Writes one language's list of political prisoners or case file: the report's data in that
/// language, the template filled with the bulletin's filters, then finished for editors as a
/// bulletin is (proofing language, review comments, document properties).
/// </summary>
public static class ReportGenerator
{
    public static DraftResult Prisoners(PrisonersList list, CaseRegister register, string language, TemplateSource template, TemplateOptions options, Stream output, DateTime created)
    {
        var text = new ReportText(LanguageRules.For(language));
        var notes = new ReviewNotes();
        var data = PrisonersListData.Build(list, register, text, notes);
        return Render(template, data, text, text.Words.ListTitle(text.Date(list.AsOf)), notes, options, output, created, list.Total);
    }

    public static DraftResult CaseFile(CaseFile file, CaseRegister register, string language, TemplateSource template, TemplateOptions options, Stream output, DateTime created)
    {
        var text = new ReportText(LanguageRules.For(language));
        var notes = new ReviewNotes();
        var data = CaseFileData.Build(file, register, text, notes);
        return Render(template, data, text, text.Name(file.Person), notes, options, output, created, file.Entries.Count);
    }

    private static DraftResult Render(TemplateSource template, Dictionary<string, object?> data, ReportText text, string title, ReviewNotes notes,
        TemplateOptions options, Stream output, DateTime created, int items)
    {
        var rules = text.Rules;
        var engine = new TemplateEngine(BulletinFilters.Create(rules), options with { Culture = rules.Culture, ListAnd = rules.And });
        var result = engine.Render(template, data, output, (document, warnings) =>
        {
            var speaks = UiLanguages.For(rules.Code);
            foreach (var warning in warnings) notes.General.Add($"{warning.Text(speaks)} ({warning.Where(speaks)})");
            DraftFinisher.Finish(document, rules.Culture.Name, title, notes, created, [], ("", ""));
        });
        return new DraftResult(rules.Code, items, result.Warnings, notes);
    }
}
