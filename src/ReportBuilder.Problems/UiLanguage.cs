using System.Globalization;

namespace ReportBuilder.Problems;

/// <summary>The language people read the tool in (messages, hints, the Check register copy), not the drafts' language.</summary>
public enum UiLanguage
{
    English,
    Russian,
}

public static class UiLanguages
{
    /// <summary>
    /// Languages whose speakers in the register's region read Russian more readily than English
    /// (a Windows set to Kazakh, Kyrgyz or Belarusian); everyone else reads English.
    /// </summary>
    private static readonly HashSet<string> ReadRussian = new(StringComparer.OrdinalIgnoreCase) { "ru", "kk", "ky", "be" };

    /// <summary>The language for a UI culture, such as the system's (CultureInfo.CurrentUICulture) or Office's display language.</summary>
    public static UiLanguage For(CultureInfo culture) => For(culture.Name);

    /// <summary>The language for a culture name: "ru", "ru-RU", "kk-KZ" → Russian; anything else, or nothing, → English.</summary>
    public static UiLanguage For(string? cultureName)
    {
        var language = (cultureName ?? "").Split('-', '_')[0];
        return ReadRussian.Contains(language) ? UiLanguage.Russian : UiLanguage.English;
    }

    /// <summary>A language asked for by name (--ui-language, Ui:Language): en or ru; null for anything else.</summary>
    public static UiLanguage? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "en" or "english" => UiLanguage.English,
        "ru" or "russian" or "русский" => UiLanguage.Russian,
        _ => null,
    };

    public static string Code(this UiLanguage language) => language == UiLanguage.Russian ? "ru" : "en";

    /// <summary>The culture numbers are written in: 25,000 in English, 25 000 in Russian.</summary>
    public static CultureInfo Culture(this UiLanguage language) =>
        language == UiLanguage.Russian ? CultureInfo.GetCultureInfo("ru-RU") : CultureInfo.GetCultureInfo("en-GB");
}
