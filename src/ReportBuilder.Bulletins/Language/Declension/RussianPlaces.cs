namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// Towns and villages in every case: Талгар → из Талгара, Акмола → Акмолы, Капшагай →
/// Капшагая; names ending in another vowel (Шу, Каратау, Алматы) do not change. A hyphenated
/// name declines its last part (Усть-Каменогорск → Усть-Каменогорска); a name of several
/// words, or ending in ь (masculine or feminine?), is unsure.
/// </summary>
public static class RussianPlaces
{
    // Endings: genitive, dative, accusative ("=": as the nominative, inanimate), instrumental, prepositional.
    private static readonly EndingRule[] Table =
    [
        EndingRule.Of("ия", 1, "и и ю ей и"), EndingRule.Of("а", 1, "ы е у ой е"), EndingRule.Of("я", 1, "и е ю ей е"),
        EndingRule.Of("й", 1, "я ю = ем е"),
        .. "бвгджзклмнпрстфхцчшщ".Select(c => EndingRule.Of(c.ToString(), 0, "а у = ом е")),
        EndingRule.Unchanged("о"), EndingRule.Unchanged("е"), EndingRule.Unchanged("и"), EndingRule.Unchanged("у"),
        EndingRule.Unchanged("ы"), EndingRule.Unchanged("ю"), EndingRule.Unchanged("э"),
    ];

    public static Declined Decline(string place, GrammaticalCase grammaticalCase)
    {
        var name = place.Trim();
        if (name.Contains(' ', StringComparison.Ordinal)) return Declined.Unsure(place);
        var dash = name.LastIndexOf('-');
        var last = name[(dash + 1)..];
        var rule = Spelling.IsCyrillic(last) ? EndingRule.Find(Table, last) : null;
        return rule is null ? Declined.Unsure(place) : new Declined(name[..(dash + 1)] + rule.Apply(last, grammaticalCase), true);
    }
}
