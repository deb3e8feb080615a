using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Cli.Output;

/// <summary>Problems as a JSON array for scripts: id, code, severity, file, sheet, cell, value, message.</summary>
public static class ProblemJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Keep Cyrillic readable; the output is for people and scripts, not for HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(IEnumerable<Problem> problems) =>
        JsonSerializer.Serialize(problems.Select(p => new JsonProblem(
            p.Id, p.Code, p.Severity == Severity.Error ? "error" : "warning", p.File, p.Sheet, p.Cell, p.Value, p.Message)), Options);

    private sealed record JsonProblem(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("severity")] string Severity,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("sheet")] string? Sheet,
        [property: JsonPropertyName("cell")] string? Cell,
        [property: JsonPropertyName("value")] string? Value,
        [property: JsonPropertyName("message")] string Message);
}
