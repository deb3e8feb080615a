using System.Text.Json;

namespace ReportBuilder.Docx;

/// <summary>Turns JSON into template data: objects become dictionaries, arrays lists, numbers decimals.</summary>
public static class TemplateData
{
    public static object? FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return Convert(document.RootElement);
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Convert(g.Last().Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object?>,
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
