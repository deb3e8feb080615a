using ReportBuilder.Problems;
using ReportBuilder.Bulletins.Language;
using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Parsing;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// The data a bulletin template sees, for one language: every text in that language (falling
/// back to the other language with a review note), names in the forms sentences need, money
/// with its dollar value, and flags that keep the template's conditions short.
/// </summary>
public sealed class DraftData
{
    private readonly LanguageRules _rules;
    private readonly CaseRegister _register;
    private readonly ReviewNotes _notes;
    private readonly bool _russian;
    private readonly NoteText _say;

    /// <summary>The unsure words already noted, per item: a word printed in several places gets one note.</summary>


    private DraftData(LanguageRules rules, CaseRegister register, ReviewNotes notes)
    {
        _say = NoteText.For(rules.Code);
        _rules = rules;
        _register = register;
        _notes = notes;
        _russian = rules.Code == "ru";
    }

    public static Dictionary<string, object?> Build(Bulletin bulletin, CaseRegister register, LanguageRules rules,
        IEnumerable<Problem> warnings, ReviewNotes notes, IReadOnlyList<(string Label, int Count)> months)
    {
        var data = new DraftData(rules, register, notes);
        data.AttachWarnings(bulletin, warnings);
        var items = bulletin.Items.Select(data.Item).ToList();
        foreach (var item in bulletin.Items)
            notes.Sources[item.Number] = (item.Event.Row.ToString(), item.Event.Source);
        // Every item carries a marker: its comment names the register row it comes from.
        foreach (var item in items) item["review"] = ReviewNotes.Marker((int)(decimal)item["number"]!);
        return new Dictionary<string, object?>
        {
            ["language"] = rules.Code,
            ["period"] = new Dictionary<string, object?>
            {
                ["text"] = rules.PeriodText(bulletin.Period),
                ["first"] = bulletin.Period.First,
                ["last"] = bulletin.Period.Last,
                ["label"] = bulletin.Period.Label,
            },
            ["items"] = items,
            ["context"] = bulletin.Context.Select(data.Context).ToList(),
            ["summary"] = new Dictionary<string, object?>
            {
                ["types"] = bulletin.CountsByType.Select(t => Row(rules.EventTypeLabel(t.Type), t.Count)).ToList(),
                ["punishments"] = bulletin.CountsByPunishment.Select(p => Row(rules.PunishmentLabel(p.Punishment), p.Count)).ToList(),
                ["total"] = (decimal)bulletin.Items.Count,
                ["months"] = months.Select(m => (object?)Row(m.Label, m.Count)).ToList(),
                ["chart"] = ReviewNotes.ChartMarker,
            },
        };
    }

    /// <summary>Published events per month over the twelve months ending with the period's last month.</summary>
    public static IReadOnlyList<(string Label, int Count)> MonthCounts(Bulletin bulletin, CaseRegister register, LanguageRules rules)
    {
        var last = new DateOnly(bulletin.Period.Last.Year, bulletin.Period.Last.Month, 1);
        var first = last.AddMonths(-11);
        var counts = register.Events.Where(e => e.Publish && e.Date >= first && e.Date < last.AddMonths(1))
            .GroupBy(e => (e.Date.Year, e.Date.Month)).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enumerable.Range(0, 12).Select(i => first.AddMonths(i)).Select(m =>
            ($"{rules.ChartMonth(m.Month)} {m.Year}", counts.GetValueOrDefault((m.Year, m.Month))))];
    }

    private static Dictionary<string, object?> Row(string label, int count) => new() { ["label"] = label, ["count"] = (decimal)count };

    private Dictionary<string, object?> Item(BulletinItem item)
    {
        var e = item.Event;
        var n = item.Number;
        var rate = _register.FindRate("USD", e.Date);
        var term = e.TermMonths;
        var previous = e.PreviousTermMonths;
        var judge = Text(n, e.JudgeEn, e.JudgeRu, "Judge", e.Row);
        var title = ArticleTitle(item);
        var data = new Dictionary<string, object?>
        {
            ["number"] = (decimal)n,
            ["id"] = e.Id,
            ["type"] = KebabNames.Of(e.Type),
            ["date"] = e.Date,
            ["person"] = Person(item),
            ["article"] = e.Article,
            ["part"] = e.Part,
            ["articleTitle"] = title,
            // Ready-made phrases: the grammar a template cannot express (case, agreement, articles).
            ["articleText"] = _rules.ArticleText(e.Article, e.Part, title),
            ["sentence"] = _rules.Sentence(e.TermMonths, e.Punishment, e.FineKzt is { } fineKzt ? _rules.Money(fineKzt, null) : null),
            ["judgeTitle"] = _rules.JudgeTitle(judge),
            ["termText"] = term is { } tt && e.Punishment is { } tp ? _rules.TermText(tt, tp) : null,
            ["termFromTo"] = term is { } ft && previous is { } fp && e.Punishment is { } fpun ? _rules.TermFromTo(fp, ft, fpun) : null,
            ["court"] = Text(n, e.CourtEn, e.CourtRu, "Court", e.Row),
            ["judge"] = judge,
            ["judgeFemale"] = JudgeFemale(item, judge),
            ["punishment"] = e.Punishment is { } p ? KebabNames.Of(p) : null,
            ["punishmentText"] = e.Punishment is { } q ? _rules.PunishmentText(q) : null,
            ["punishmentLabel"] = e.Punishment is { } l ? _rules.PunishmentLabel(l) : null,
            ["isAcquitted"] = e.Punishment == Punishment.Acquittal,
            ["noPunishment"] = e.Punishment == Punishment.None,
            ["termMonths"] = (decimal?)term,
            ["previousTermMonths"] = (decimal?)previous,
            ["termChange"] = e.Type is EventType.Appeal or EventType.Cassation && term is { } t && previous is { } pr
                ? (t < pr ? "reduced" : t > pr ? "increased" : "upheld") : null,
            ["hours"] = (decimal?)e.CommunityServiceHours,
            ["activityBanYears"] = (decimal?)e.ActivityBanYears,
            ["socialMediaBanYears"] = (decimal?)e.SocialMediaBanYears,
            ["bothBans"] = e.ActivityBanYears is { } a && a == e.SocialMediaBanYears,
            ["courtFees"] = Money(e.CourtFeesKzt, rate, n, e.Date),
            ["fundPayment"] = Money(e.FundPaymentKzt, rate, n, e.Date),
            ["expertiseFee"] = Money(e.ExpertiseFeeKzt, rate, n, e.Date),
            ["fine"] = Money(e.FineKzt, rate, n, e.Date),
            ["keepsCourtFees"] = e.CourtFeesKzt is > 0 || e.ExpertiseFeeKzt is > 0,
            ["payments"] = e.CourtFeesKzt is > 0 || e.FundPaymentKzt is > 0 || e.ExpertiseFeeKzt is > 0,
            ["keeps"] = e.SocialMediaBanYears is > 0 || e.CourtFeesKzt is > 0 || e.ExpertiseFeeKzt is > 0 || e.FundPaymentKzt is > 0 || e.CommunityServiceHours is > 0,
            ["details"] = Text(n, e.DetailsEn, e.DetailsRu, "Details", e.Row),
            ["source"] = e.Source,
            ["recall"] = item.Recall is { } r ? Recall(r, n) : null,
            ["extra"] = e.Extra.ToDictionary(x => x.Key, x => (object?)x.Value, StringComparer.OrdinalIgnoreCase),
            ["arrestDays"] = e.Extra.TryGetValue("ArrestDays", out var days) && decimal.TryParse(days, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            ["review"] = "",
        };
        foreach (var type in Enum.GetValues<EventType>()) data["is" + type] = e.Type == type;
        return data;
    }

    /// <summary>The earlier verdict an appeal refers back to; null when it imposed nothing to recall (an acquittal).</summary>
    private Dictionary<string, object?>? Recall(CourtEvent verdict, int item)
    {
        var rate = _register.FindRate("USD", verdict.Date);
        var sentence = _rules.Sentence(verdict.TermMonths, verdict.Punishment,
            verdict.FineKzt is { } fine ? _rules.Money(fine, rate is null ? null : fine / rate.KztPerUnit) : null);
        if (sentence is null) return null;
        return new Dictionary<string, object?>
        {
            ["date"] = verdict.Date,
            ["termMonths"] = (decimal?)verdict.TermMonths,
            ["punishmentText"] = verdict.Punishment is { } p ? _rules.PunishmentText(p) : null,
            ["sentence"] = sentence,
            ["hours"] = (decimal?)verdict.CommunityServiceHours,
            ["activityBanYears"] = (decimal?)verdict.ActivityBanYears,
            ["socialMediaBanYears"] = (decimal?)verdict.SocialMediaBanYears,
            ["courtFees"] = Money(verdict.CourtFeesKzt, rate, item, verdict.Date),
            ["fundPayment"] = Money(verdict.FundPaymentKzt, rate, item, verdict.Date),
            ["expertiseFee"] = Money(verdict.ExpertiseFeeKzt, rate, item, verdict.Date),
            ["fine"] = Money(verdict.FineKzt, rate, item, verdict.Date),
        };
    }

    private Dictionary<string, object?> Person(BulletinItem item)
    {
        var p = item.Person;
        var n = item.Number;
        var surname = (_russian ? p.SurnameRu : p.SurnameEn).ToUpper(_rules.Culture);
        var given = _russian ? p.GivenNameRu : p.GivenNameEn;
        var data = new Dictionary<string, object?>
        {
            ["id"] = p.Id,
            ["gender"] = p.Gender == Gender.Female ? "f" : "m",
            ["female"] = p.Gender == Gender.Female,
            ["surname"] = surname,
            ["given"] = given,
            ["name"] = $"{given} {surname}",
            ["nameReversed"] = $"{surname} {given}",
            ["city"] = Text(n, p.CityEn, p.CityRu, "City", p.Source),
            ["region"] = Text(n, p.RegionEn, p.RegionRu, "Region", p.Source),
            ["description"] = Text(n, p.DescriptionEn, p.DescriptionRu, "Description", p.Source),
            ["background"] = Text(n, p.BackgroundEn, p.BackgroundRu, "Background", p.Source),
            ["affiliations"] = p.Affiliations.Cast<object?>().ToList(),
        };
        // Russian sentences need the name, town and description in other cases ("Еркыну
        // САБАНШИЕВУ", "из Талгара"): the declension rules write them; optional register
        // columns override them, and a form the rules cannot decide gets a review note.
        foreach (var (suffix, grammaticalCase) in RussianForms.Cases)
            data["name" + suffix] = _russian ? NameForm(item, suffix, grammaticalCase) : $"{given} {surname}";
        data["cityGen"] = _russian ? Noted(item, RussianForms.CityGenitive(_register, p), "town") ?? data["city"] : data["city"];
        data["descriptionGen"] = _russian ? Noted(item, RussianForms.DescriptionGenitive(_register, p), "description") ?? data["description"] : data["description"];
        // Who the person is, ready for a sentence: "a civil activist from Talgar" / «гражданский активист из Талгара»;
        // whoGen in the genitive (Russian), whoFull/whoGenFull with the region in brackets.
        var description = (string?)data["description"];
        var nominative = _russian ? description : description is null ? null : EnglishRules.WithArticle(description);
        var town = (string?)(_russian ? data["cityGen"] : data["city"]);
        var region = (string?)data["region"];
        data["who"] = _rules.Who(nominative, town, region, withRegion: false);
        data["whoFull"] = _rules.Who(nominative, town, region, withRegion: true);
        data["whoGen"] = _rules.Who((string?)data["descriptionGen"], town, region, withRegion: false);
        data["whoGenFull"] = _rules.Who((string?)data["descriptionGen"], town, region, withRegion: true);
        return data;
    }

    private string NameForm(BulletinItem item, string suffix, GrammaticalCase grammaticalCase)
    {
        var person = item.Person;
        var form = RussianForms.Name(_register, person, suffix, grammaticalCase);
        // One note per unsure name in an item, naming the forms it prints and only the cases it prints them in.
        if (form.Source == FormSource.Unsure)
        {
            var name = RussianForms.NameNominative(person);
            _notes.AddUnsure(item.Number, name, suffix, form.Text, printed => _say.NameUnsure(name, printed, person.Source.ToString()));
        }
        return form.Text;
    }

    /// <summary>The form's text (null when there is no Russian text); where the rules were unsure, a note saying which column fixes it.</summary>
    private string? Noted(BulletinItem item, Form? form, string what)
    {
        if (form is not { } f) return null;
        if (f.Source == FormSource.Unsure)
            _notes.AddUnsure(item.Number, what + ":" + f.Text, "Gen", f.Text, _ => _say.WordUnsure(what, f.Text, item.Person.Source.ToString()));
        return f.Text;
    }

    /// <summary>
    /// Whether the judge is a woman, for the Russian verbs (назначила, запретила): the
    /// JudgeGender column when filled, else told from the judge's name; unsure: a man, with a note.
    /// </summary>
    private bool JudgeFemale(BulletinItem item, string? judge)
    {
        if (judge is null) return false;
        var (gender, source) = RussianForms.JudgeGender(_register, item.Event);
        if (source == FormSource.Unsure && _russian)
            _notes.Add(item.Number, _say.JudgeUnsure(judge, item.Event.JudgeCell.ToString()), anchor: judge);
        return gender == Gender.Female;
    }


    /// <summary>This language's text, or the other language's with a note saying so.</summary>
    private string? Text(int item, string? english, string? russian, string column, SourceRow row)
    {
        var (mine, other, missing) = _russian ? (russian, english, column + "Ru") : (english, russian, column + "En");
        if (mine is not null) return mine;
        if (other is null) return null;
        _notes.Add(item, _say.MissingTranslation(missing, row.CellOf(missing).ToString()), anchor: other);
        return other;
    }

    private string? ArticleTitle(BulletinItem item)
    {
        var e = item.Event;
        if (e.Article is null) return null;
        var title = item.Article is { } a ? Text(item.Number, a.TitleEn, a.TitleRu, "Title", a.Row) : null;
        if (title is null)
            _notes.Add(item.Number, _say.ArticleWithoutTitle(e.Article, e.Part, e.Row.CellOf("Article").ToString()), anchor: e.Article);
        return title;
    }

    private Dictionary<string, object?>? Money(decimal? kzt, ExchangeRate? rate, int item, DateOnly date)
    {
        if (kzt is not { } amount) return null;
        if (rate is null)
            _notes.Add(item, _say.NoRate(_rules.Date(date), _rules.Money(amount, null)), anchor: _rules.Money(amount, null));
        return new Dictionary<string, object?>
        {
            ["kzt"] = amount,
            ["usd"] = rate is null ? null : amount / rate.KztPerUnit,
        };
    }

    private Dictionary<string, object?> Context(ContextRow row)
    {
        var text = _russian ? row.TextRu ?? row.TextEn : row.TextEn ?? row.TextRu;
        if ((_russian ? row.TextRu : row.TextEn) is null)
            _notes.General.Add(_say.ContextWithoutTranslation(row.Row.ToString()));
        return new Dictionary<string, object?> { ["text"] = text, ["from"] = row.From, ["until"] = row.Until };
    }

    /// <summary>Register warnings become notes on the item whose event or person row they point at.</summary>
    private void AttachWarnings(Bulletin bulletin, IEnumerable<Problem> warnings)
    {
        foreach (var warning in warnings.Where(w => w.Severity == Severity.Warning))
        {
            var item = bulletin.Items.FirstOrDefault(i => Points(warning, i.Event.Row) || Points(warning, i.Person.Source));
            if (item is not null) _notes.Add(item.Number, _say.RegisterWarning(warning));
        }
    }

    private static bool Points(Problem warning, SourceRow row) =>
        warning.File == row.File && warning.Sheet == row.Sheet && warning.Cell is { } cell
        && int.TryParse(new string([.. cell.SkipWhile(char.IsLetter)]), out var r) && r == row.Row;
}
