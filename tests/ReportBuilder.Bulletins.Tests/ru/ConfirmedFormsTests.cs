using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// Forms confirmed once on the Forms sheet win over the rules in every bulletin after: a name
/// the rules cannot decline, a town, a judge's gender; with no row, the rules' form and a note.
/// </summary>
[UseCulture("en-US")]
public sealed class ConfirmedFormsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly object?[] Judged = [.. EventsHeader, "JudgeRu", "JudgeEn"];

    private string Register(object?[][]? forms, string formsSheet = "Forms")
    {
        var builder = new WorkbookBuilder()
            .Sheet("Persons", [[.. PersonsHeader, "DescriptionEn", "DescriptionRu"], [.. Person("P001", "SMITH", "Timur", "SMITH", "Тимур", "M", "Bila Tserkva", "Белая Церковь"), "activist", "активист"]])
            .Sheet("Events", [Judged, [.. Event("E1", "P001", new DateTime(2021, 4, 7), "search"), "Саша ЛИ", "Sasha LI"]])
            .Sheet("Articles", Articles);
        if (forms is not null) builder.Sheet(formsSheet, forms);
        return builder.Save(_temp.File($"register-{Guid.NewGuid():N}.xlsx"));
    }

    private (string Body, List<string> Notes) RussianDraft(string register)
    {
        var (path, _) = DraftFixture.Generate(register, _temp.Path, "2021-04-07", "ru", _temp.Path);
        using var document = WordprocessingDocument.Open(path, false);
        var notes = document.MainDocumentPart!.WordprocessingCommentsPart?.Comments.Elements<Comment>().Select(c => c.InnerText).ToList() ?? [];
        return (DocxText.Body(path), notes);
    }

    [Fact]
    public void Without_a_forms_row_the_nominative_is_printed_with_one_note_pointing_to_the_forms_sheet()
    {
        var (body, notes) = RussianDraft(Register(null));

        // The Latin surname stays as it is; the town the rules cannot decline keeps its nominative.
        Assert.Contains("у активиста из Белая Церковь Тимура SMITH прошёл обыск", body.Replace('\u00A0', ' '), StringComparison.Ordinal);
        var name = Assert.Single(notes, n => n.Contains("имя «Тимур SMITH»", StringComparison.Ordinal));
        Assert.Contains("на листе Forms (Что: имя; Именительный: Тимур SMITH;", name, StringComparison.Ordinal);
        // The town's note calls it a town, not a description.
        Assert.Contains(notes, n => n.Contains("название города «Белая Церковь»", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forms_row_changes_the_drafts_form_and_needs_no_note()
    {
        var register = Register(
        [
            ["Kind", "Nominative", "Gender", "Gen", "Dat"],
            ["name", "Тимур SMITH", null, "Тимура Смита", "Тимуру Смиту"],
            ["town", "белая  церковь", null, "Белой Церкви", null],
        ]);

        var (body, notes) = RussianDraft(register);

        Assert.Contains("у активиста из Белой Церкви Тимура СМИТА прошёл обыск", body.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain(notes, n => n.Contains("SMITH", StringComparison.Ordinal) || n.Contains("Церковь", StringComparison.Ordinal));
    }

    [Fact]
    public void A_judges_gender_is_confirmed_once_on_a_sheet_with_russian_headers()
    {
        var loaded = RegisterLoader.Load([Register(
        [
            ["Что", "Именительный", "Пол"],
            ["судья", "Саша ЛИ", "ж"],
        ], formsSheet: "Формы")], _temp.Path, RegisterLayout.Default);

        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        var form = Assert.Single(loaded.Register.Forms);
        Assert.Equal((FormKind.Judge, Gender.Female), (form.Kind, form.Gender));
        Assert.Equal((Gender.Female, FormSource.Confirmed), RussianForms.JudgeGender(loaded.Register, loaded.Register.Events.Single()));
    }

    [Fact]
    public void An_unknown_kind_is_located_like_any_other_bad_value()
    {
        var loaded = RegisterLoader.Load([Register([["Kind", "Nominative"], ["village", "Каменка"]])], _temp.Path, RegisterLayout.Default);

        var problem = Assert.Single(loaded.Problems.Items, p => p.Id == "RB009");
        Assert.Equal(("Forms", "A2"), (problem.Sheet, problem.Cell));
    }
}
