using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using ReportBuilder.Shared;

namespace ReportBuilder.Cli.Configuration;

/// <summary>
/// Finds configuration keys that no option reads (a typo would otherwise be ignored) and
/// suggests the nearest known key, naming where the key was set.
/// </summary>
internal static class ConfigurationKeys
{
    public sealed record UnknownKey(string Key, string? Suggestion, string Source);

    public static UnknownKey? FindUnknown(IConfigurationRoot configuration, Type optionsType) =>
        Walk(configuration, configuration, optionsType, "");

    private static UnknownKey? Walk(IConfigurationRoot root, IConfiguration section, Type type, string prefix)
    {
        foreach (var child in section.GetChildren())
        {
            var key = prefix.Length == 0 ? child.Key : $"{prefix}:{child.Key}";
            if (ItemType(type) is { } itemType)
            {
                if (Walk(root, child, itemType, key) is { } found) return found;
                continue;
            }
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                var nearest = properties.MinBy(p => EditDistance.Between(p.Name.ToLowerInvariant(), child.Key.ToLowerInvariant()));
                var suggestion = nearest is not null && EditDistance.Between(nearest.Name.ToLowerInvariant(), child.Key.ToLowerInvariant()) <= Math.Max(2, child.Key.Length / 3)
                    ? (prefix.Length == 0 ? nearest.Name : $"{prefix}:{nearest.Name}")
                    : null;
                return new UnknownKey(key, suggestion, SourceOf(root, key));
            }
            if (!IsLeaf(property.PropertyType) && Walk(root, child, property.PropertyType, key) is { } deeper) return deeper;
        }
        return null;
    }

    /// <summary>For dictionaries and lists: the type of their values, whose keys are free.</summary>
    private static Type? ItemType(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>)) return type.GetGenericArguments()[1];
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) return type.GetGenericArguments()[0];
        return null;
    }

    private static bool IsLeaf(Type type) => type.IsPrimitive || type == typeof(string) || type.IsEnum || type == typeof(decimal)
        || (!typeof(IEnumerable).IsAssignableFrom(type) && type.IsValueType);

    private static string SourceOf(IConfigurationRoot root, string key)
    {
        foreach (var provider in root.Providers.Reverse())
        {
            if (!provider.GetChildKeys([], key).Any() && !provider.TryGet(key, out _)) continue;
            return provider switch
            {
                Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider json => json.Source.Path ?? "appsettings.json",
                Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationProvider => "an environment variable " + AppConfiguration.EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal),
                _ => "--set",
            };
        }
        return "the configuration";
    }
}
