using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.Problems;

namespace ReportBuilder.Cli.Output;

/// <summary>Problems as a JSON array for scripts, in the shape the add-in's pane reads (ProblemView).</summary>
public static class ProblemJson
{
    // Keep Cyrillic readable; the output is for people and scripts, not for HTML.
    private static readonly ProblemJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(IEnumerable<Problem> problems, UiLanguage language) =>
        JsonSerializer.Serialize([.. problems.Select(p => ProblemView.Of(p, language))], Context.ListProblemView);
}
