namespace ReportBuilder.Bulletins.Language;

/// <summary>Russian grammatical cases a template can ask for ("nom", "gen", "dat", "acc", "ins", "prep").</summary>
public enum GrammaticalCase
{
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

public static class GrammaticalCases
{
    public static bool TryParse(string text, out GrammaticalCase value)
    {
        switch (text.ToLowerInvariant())
        {
            case "nom" or "nominative" or "им": value = GrammaticalCase.Nominative; return true;
            case "gen" or "genitive" or "род": value = GrammaticalCase.Genitive; return true;
            case "dat" or "dative" or "дат": value = GrammaticalCase.Dative; return true;
            case "acc" or "accusative" or "вин": value = GrammaticalCase.Accusative; return true;
            case "ins" or "instrumental" or "твор": value = GrammaticalCase.Instrumental; return true;
            case "prep" or "prepositional" or "пред": value = GrammaticalCase.Prepositional; return true;
            default: value = GrammaticalCase.Nominative; return false;
        }
    }
}
