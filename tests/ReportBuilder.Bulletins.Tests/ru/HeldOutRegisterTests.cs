using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;
using Xunit.Abstractions;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// The Russian rules scored on a register they were not written against (<see cref="HeldOutRegister"/>):
/// at least 97 % of the forms right, at most one wrong form in a hundred printed without a note,
/// and every note of the Russian draft naming a form the draft prints. The score is printed
/// (README: "How right the Russian is").
/// </summary>
[UseCulture("en-US")]
public sealed class HeldOutRegisterTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>One scored form: what the engine gave, whether it was right, whether it said it was unsure.</summary>
    private sealed record Scored(HeldOutRegister.ExpectedForm Expected, string? Given, bool Right, bool Noted);

    [Fact]
    public void At_least_97_percent_of_the_forms_are_right_and_at_most_one_in_a_hundred_is_wrong_without_a_note()
    {
        var scored = Score();

        var right = scored.Count(s => s.Right);
        var unnoted = scored.Count(s => !s.Right && !s.Noted);
        var report = $"Held-out register: {right} of {scored.Count} Russian forms right ({Percent(right, scored.Count)}), " +
            $"{scored.Count(s => !s.Right && s.Noted)} wrong with a note, {unnoted} wrong without ({Percent(unnoted, scored.Count)}).\n" +
            string.Join("\n", scored.Where(s => !s.Right).Select(s =>
                $"  {(s.Noted ? "noted  " : "UNNOTED")} {s.Expected.Kind} «{s.Expected.Nominative}» {s.Expected.Form}: expected «{s.Expected.Text}», got «{s.Given}»"));
        output.WriteLine(report);

        Assert.Equal(HeldOutRegister.Expected.Count, scored.Count);   // every expected form was found in the engine's list
        Assert.True(right >= 0.97 * scored.Count, report);
        Assert.True(unnoted <= 0.01 * scored.Count, report);
    }

    [Fact]
    public void Every_note_of_the_russian_draft_names_a_form_the_draft_prints()
    {
        var register = HeldOutRegister.Save(_temp.Path);
        var (path, _) = DraftFixture.Generate(register, _temp.Path, "2023-03", "ru", _temp.Path);
        DraftFixture.Generate(register, _temp.Path, "2023-03", "en", _temp.Path);   // valid too (the fixture validates)

        var body = Plain(DocxText.Body(path));
        using var document = WordprocessingDocument.Open(path, false);
        // A comment holds an item's notes, one paragraph each.
        var notes = document.MainDocumentPart!.WordprocessingCommentsPart?.Comments.Elements<Comment>()
            .SelectMany(c => c.Elements<Paragraph>()).Select(p => Plain(p.InnerText)).ToList() ?? [];
        output.WriteLine($"{notes.Count} notes in the Russian draft of the held-out register:\n{string.Join("\n", notes)}");

        var formNotes = notes.Where(n => n.StartsWith("Правила не уверены", StringComparison.Ordinal) || n.StartsWith("По имени", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(formNotes);
        Assert.All(formNotes, note =>
        {
            // The printed forms: each «…» after "напечатано" for a name; the word itself for a town, a description or a judge.
            var printed = note.Contains("напечатано «", StringComparison.Ordinal)
                ? Quoted(Between(note, "напечатано ", ". Если"))
                : [Between(note, "«", "»")];
            Assert.All(printed, form => Assert.True(body.Contains(form, StringComparison.Ordinal), $"The note names «{form}», which the draft does not print:\n{note}"));
        });
        // One note per unsure name or word in an item, not one per case.
        Assert.Equal(formNotes.Count, formNotes.Distinct().Count());
        // Every form the rules were unsure of and the draft printed has its note.
        var unsure = Score().Where(s => s.Noted && s.Expected.Kind != "judge" && s.Given is not null && body.Contains(s.Given, StringComparison.Ordinal));
        Assert.All(unsure, s => Assert.Contains(formNotes, n => n.Contains($"«{s.Given}»", StringComparison.Ordinal)
            || n.Contains($"«{s.Expected.Nominative}»", StringComparison.Ordinal)));
    }

    private List<Scored> Score()
    {
        var loaded = RegisterLoader.Load([HeldOutRegister.Save(_temp.Path)], _temp.Path, RegisterLayout.Default);
        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        var entries = RussianFormsList.Entries(loaded.Register)
            .GroupBy(e => (e.Kind, e.Nominative)).ToDictionary(g => g.Key, g => g.First());
        return [.. HeldOutRegister.Expected.Select(expected =>
        {
            var entry = entries.GetValueOrDefault((expected.Kind, expected.Nominative));
            var given = entry?.Forms.GetValueOrDefault(expected.Form);
            return new Scored(expected, given, given is not null && Fold(given) == Fold(expected.Text), entry?.Source == "unsure");
        })];
    }

    /// <summary>Ё is optional in Russian print (Ильёй = Ильей); spaces compared as plain spaces.</summary>
    private static string Fold(string text) => Plain(text).Replace('ё', 'е').Replace('Ё', 'Е');

    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static List<string> Quoted(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "«([^»]*)»").Select(m => m.Groups[1].Value)];

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
