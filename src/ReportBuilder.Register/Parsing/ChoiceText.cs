using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>The closed sets of values: event types, punishments, gender, Publish.</summary>
public static class ChoiceText
{
    private static readonly Dictionary<string, EventType> EventTypes = Index<EventType>();
    private static readonly Dictionary<string, Punishment> Punishments = Index<Punishment>();

    public static IReadOnlyList<string> GenderValues { get; } = ["M", "F", "м", "ж"];
    public static IReadOnlyList<string> EventTypeValues { get; } = KebabNames.All<EventType>();
    public static IReadOnlyList<string> PunishmentValues { get; } = KebabNames.All<Punishment>();
    public static IReadOnlyList<string> PublishValues { get; } = ["Y", "N"];

    // The values as the register documents them ("verdict", "restriction-of-liberty") are looked up
    // directly; only other spellings ("Restriction of liberty") go through normalisation.
    private static readonly Dictionary<string, EventType> EventTypesAsWritten =
        Enum.GetValues<EventType>().ToDictionary(KebabNames.Of, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, Punishment> PunishmentsAsWritten =
        Enum.GetValues<Punishment>().ToDictionary(KebabNames.Of, StringComparer.OrdinalIgnoreCase);

    public static bool TryEventType(string text, out EventType type) =>
        EventTypesAsWritten.TryGetValue(text, out type) || EventTypes.TryGetValue(HeaderName.Normalize(text), out type);

    public static bool TryPunishment(string text, out Punishment punishment) =>
        PunishmentsAsWritten.TryGetValue(text, out punishment) || Punishments.TryGetValue(HeaderName.Normalize(text), out punishment);

    public static bool TryGender(string text, out Gender gender)
    {
        switch (text.Length <= 2 ? text.ToLowerInvariant() : HeaderName.Normalize(text))
        {
            case "m" or "male" or "м" or "муж" or "мужской":
                gender = Gender.Male;
                return true;
            case "f" or "female" or "ж" or "жен" or "женский":
                gender = Gender.Female;
                return true;
            default:
                gender = default;
                return false;
        }
    }

    public static bool TryPublish(string text, out bool publish)
    {
        switch (text.Length <= 2 ? text.ToLowerInvariant() : HeaderName.Normalize(text))
        {
            case "y" or "yes" or "true" or "1" or "да" or "д":
                publish = true;
                return true;
            case "n" or "no" or "false" or "0" or "нет" or "н":
                publish = false;
                return true;
            default:
                publish = true;
                return false;
        }
    }

    private static Dictionary<string, T> Index<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => HeaderName.Normalize(KebabNames.Of(v)));
}
