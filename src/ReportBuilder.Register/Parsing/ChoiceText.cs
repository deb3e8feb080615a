using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>The closed sets of values: event types, punishments, gender, Publish.</summary>
public static class ChoiceText
{
    private static readonly Dictionary<string, EventType> EventTypes = Index<EventType>();
    private static readonly Dictionary<string, Punishment> Punishments = Index<Punishment>();

    public static IReadOnlyList<string> GenderValues { get; } = ["M", "F", "м", "ж"];
    public static IReadOnlyList<string> PublishValues { get; } = ["Y", "N"];

    public static bool TryEventType(string text, out EventType type) => EventTypes.TryGetValue(HeaderName.Normalize(text), out type);

    public static bool TryPunishment(string text, out Punishment punishment) => Punishments.TryGetValue(HeaderName.Normalize(text), out punishment);

    public static bool TryGender(string text, out Gender gender)
    {
        switch (HeaderName.Normalize(text))
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
        switch (HeaderName.Normalize(text))
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
