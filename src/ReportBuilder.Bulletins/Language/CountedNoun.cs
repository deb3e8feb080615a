namespace ReportBuilder.Bulletins.Language;

/// <summary>Nouns the bulletins count: "year", "month", "hour", "day", "tiyn" (the key templates use).</summary>
public enum CountedNoun
{
    Year,
    Month,
    Hour,
    Day,
    Tiyn,
}
