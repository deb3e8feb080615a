using System.Text.Json.Serialization;

namespace ReportBuilder.Problems;

/// <summary>
/// A problem as scripts and the add-in's pane read it, one shape for both (`validate --json`
/// and the pane): the id and arguments for a program, the message, hint and place for a person
/// in the reader's language.
/// </summary>
public sealed record ProblemView(
    string Id,
    string Code,
    string Severity,
    string File,
    string? Sheet,
    string? Cell,
    string? Value,
    string Location,
    string Message,
    string? Hint,
    IReadOnlyDictionary<string, string> Arguments)
{
    public static ProblemView Of(Problem p, UiLanguage language, bool forLauncher = false) => new(
        p.Id, p.Code, p.Severity == Problems.Severity.Error ? "error" : "warning", p.File, p.Sheet, p.Cell, p.Value,
        p.Where(language), p.Text(language), p.Hint(language, forLauncher),
        p.Arguments.ToDictionary(a => a.Name, a => ProblemTexts.Invariant(a.Value), StringComparer.Ordinal));
}

/// <summary>Source-generated JSON for problems (no reflection, so the trimmed WebAssembly keeps working).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<ProblemView>))]
public sealed partial class ProblemJsonContext : JsonSerializerContext;
