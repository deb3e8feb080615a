namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>A form the rules produced, and whether they were sure of it (unsure: the nominative, for an editor to check).</summary>
public readonly record struct Declined(string Text, bool Certain)
{
    public static Declined Unsure(string nominative) => new(nominative, false);
}
