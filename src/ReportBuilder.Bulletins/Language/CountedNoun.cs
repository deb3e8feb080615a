namespace ReportBuilder.Bulletins.Language;

/// <summary>Nouns the bulletins count: "year", "month", "hour", "day", "tiyn" (the key templates use).</summary>
public enum CountedNoun
{
    Year,
    Month,
    Hour,
    Day,
    Tiyn,
    /// <summary>A 24-hour day, the unit of administrative arrest: "15 days" / "15 суток".</summary>
    DayNight,
    /// <summary>People counted in the list of political prisoners: "12 people" / «12 человек».</summary>
    Person,
}
