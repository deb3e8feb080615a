using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>
/// A case file's data for a template, in one language: <c>asOf</c>; <c>person</c> (<c>review</c>:
/// where the review comment goes, <c>name</c>, <c>nameGen</c> declined in Russian, <c>who</c>,
/// <c>background</c>); <c>status</c> (<c>text</c>, <c>days</c>); <c>events</c> (<c>date</c>, <c>name</c>,
/// <c>where</c> (court, judge, article in one phrase), <c>court</c>, <c>judge</c>, <c>article</c>, <c>imposed</c>, <c>details</c>, <c>after</c>:
/// the status after the event).
/// </summary>
internal static class CaseFileData
{
    public static Dictionary<string, object?> Build(CaseFile file, CaseRegister register, ReportText text, ReviewNotes notes)
    {
        var russian = text.Rules.Code == "ru";
        var p = file.Person;
        var nameGen = text.Name(p);
        if (russian)
        {
            var form = RussianForms.Name(register, p, "Gen", GrammaticalCase.Genitive);
            nameGen = form.Text;
            if (form.Source == FormSource.Unsure)
                notes.AddUnsure(1, RussianForms.NameNominative(p), "Gen", form.Text, printed => NoteText.For("ru").NameUnsure(RussianForms.NameNominative(p), printed, p.Source.ToString()));
        }
        var town = russian ? RussianForms.CityGenitive(register, p)?.Text : p.CityEn;
        // The file is one item for review comments: a doubtful status or an unsure Russian form gets
        // a comment (the finisher writes none where there is nothing to check).
        foreach (var doubt in file.Status.Doubts) notes.Add(1, text.Words.Doubt(doubt.Kind, doubt.Event.Row.ToString()));
        return new Dictionary<string, object?>
        {
            ["asOf"] = text.Date(file.AsOf),
            ["person"] = new Dictionary<string, object?>
            {
                ["review"] = ReviewNotes.Marker(1),
                ["id"] = p.Id,
                ["name"] = text.Name(p),
                ["nameGen"] = nameGen,
                ["who"] = text.Rules.Who(russian ? text.Description(p) : text.Description(p) is { } d ? EnglishRules.WithArticle(d) : null, town, null, withRegion: false),
                ["background"] = russian ? p.BackgroundRu ?? p.BackgroundEn : p.BackgroundEn ?? p.BackgroundRu,
            },
            ["status"] = new Dictionary<string, object?>
            {
                ["text"] = State(file.Status, text),
                ["days"] = file.Status.DaysInCustody,
            },
            ["events"] = file.Entries.Select(entry => (object?)Event(entry, text, russian)).ToList(),
        };
    }

    private static Dictionary<string, object?> Event(CaseFileEntry entry, ReportText text, bool russian)
    {
        var e = entry.Event;
        var court = russian ? e.CourtRu ?? e.CourtEn : e.CourtEn ?? e.CourtRu;
        var judge = russian ? e.JudgeRu ?? e.JudgeEn : e.JudgeEn ?? e.JudgeRu;
        var article = e.Article is { } a ? text.Words.Article(a, e.Part) : null;
        // Where it happened, ready for the sentence: "Talgar District Court (judge …), Art. 405 Part 2".
        var where = string.Join(", ", new[] { court is null ? null : judge is null ? court : $"{court} ({text.Words.Judge(judge)})", article }.OfType<string>());
        return new()
        {
            ["where"] = where.Length > 0 ? where : null,
            ["date"] = text.Date(e.Date),
            ["name"] = text.Words.EventName(e.Type),
            ["court"] = court,
            ["judge"] = judge,
            ["article"] = article,
            ["imposed"] = Imposed(e, text),
            ["details"] = russian ? e.DetailsRu ?? e.DetailsEn : e.DetailsEn ?? e.DetailsRu,
            ["after"] = State(entry.After, text),
        };
    }

    /// <summary>What the event's Punishment says: "1 year of restriction of liberty", "Fine: 583,400 tenge", "Acquittal".</summary>
    private static string? Imposed(CourtEvent e, ReportText text) => e.Punishment switch
    {
        null => null,
        { } p when e.TermMonths is { } months => text.Rules.TermText(months, p),
        Punishment.Fine when e.FineKzt is { } fine => $"{text.Rules.PunishmentLabel(Punishment.Fine)}: {text.Rules.Money(fine, null)}",
        { } p => text.Rules.PunishmentLabel(p),
    };

    /// <summary>"under restriction of liberty (1 year of restriction of liberty) since 7 April 2021 until 7 April 2022; a ban …".</summary>
    private static string State(PersonStatus s, ReportText text)
    {
        var words = text.Words;
        if (s.Kind == StatusKind.Unsure) return words.OfPerson(s.Kind, s.Person.Gender);
        var parts = new List<string> { words.OfPerson(s.Kind, s.Person.Gender) };
        if (s.Kind is StatusKind.Imprisoned or StatusKind.RestrictionOfLiberty && s.Sentence?.TermMonths is { } months)
            parts[0] += $" ({text.Rules.Term(months, GrammaticalCase.Nominative, false)})";
        if (s.Since is { } since) parts[0] += $" {words.SinceWord} {text.Date(since)}";
        if (s.Until is { } until) parts[0] += $" {words.UntilWord} {text.Date(until)}";
        if (s.Bans.Count > 0) parts.Add(text.Bans(s.Bans));
        return string.Join("; ", parts);
    }
}
