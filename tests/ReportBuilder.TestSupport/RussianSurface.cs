using System.Text.RegularExpressions;

namespace ReportBuilder.TestSupport;

/// <summary>
/// Whether a text meant for a Russian reader holds an English sentence. What may stay Latin is
/// taken out first: quoted values, file names and paths, settings keys and command-line options,
/// tags, ids, and the names of programs and sheets; a technical detail in parentheses (what
/// exactly is damaged in a file) may stay as the reader of a repair log wrote it. Any Latin
/// word left over is English where Russian belongs.
/// </summary>
public static partial class RussianSurface
{
    /// <summary>Names that are the same in a Russian sentence: programs, sheets, columns, values staff type, formats.</summary>
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "ReportBuilder", "Excel", "Word", "XML", "Notepad", "README", "JSON", "UTF", "ANSI", "CSV", "DTD", "ISO", "USD", "zip",
        "xlsx", "xls", "docx", "dotx", "doc", "json", "Persons", "Events", "Articles", "Rates", "Sentences", "Fines", "Bans", "Context", "Forms",
        "PersonId", "Publish", "else", "latest", "day", "week", "month", "en", "ru", "Check", "register", "Generate", "bulletin",
        "again", "replace", "drafts", "reportbuilder", "validate", "init", "generate", "render", "templates", "sample", "forms", "bench",
        "help", "strict", "events", "each", "if", "list", "part", "rb", "Windows", "prisoners", "person", "Measure", "CustodyCounted",
        // The register's columns, as staff see them in the header row.
        "ActivityBanYears", "Affiliation", "ArrestDays", "Article", "CommunityServiceHours", "CourtFeesKzt", "Currency", "Date",
        "EventId", "ExpertiseFeeKzt", "FineKzt", "From", "FundPaymentKzt", "Gender", "JudgeGender", "KztPerUnit", "Part",
        "PreviousTermMonths", "Punishment", "SocialMediaBanYears", "Source", "TermMonths", "Type", "Until",
    };

    public static IReadOnlyList<string> EnglishWords(string text)
    {
        var rest = Removable().Replace(text, " ");
        return [.. LatinWord().Matches(rest).Select(m => m.Value).Where(w => !Kept.Contains(w)).Distinct()];
    }

    /// <summary>Fails with the English words found, and the text they are in.</summary>
    public static void AssertRussian(string text)
    {
        var english = EnglishWords(text);
        if (english.Count > 0)
            throw new Xunit.Sdk.XunitException($"English in a Russian text: {string.Join(", ", english)}\n{text}");
        if (!Cyrillic().IsMatch(text) && LatinWord().IsMatch(text))
            throw new Xunit.Sdk.XunitException($"No Russian word in a Russian text:\n{text}");
    }

    [GeneratedRegex(@"«[^»]*»|'[^']*'|""[^""]*""|\{\{[^}]*\}\}|\{[A-Za-z]+(:[^}]+)?\}|\([^()]*\)|--[\w-]+|[\w.-]*[\\/][\w\\/.*:~ -]*|[\w.*-]+\.(xlsx|xls|docx|dotx|doc|json|xml|rels|md)\b|\b\w+(:(\w+|\{\w+\}))+|\b[a-z]{2}-[A-Z]{2}\b|\b[A-Z]{1,2}\d{3}\b|\b[A-Z]+__\w+|\b[A-Z][A-Za-z]*(Ru|En)\w*\b|\b[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?\b|https?://\S+")]
    private static partial Regex Removable();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
