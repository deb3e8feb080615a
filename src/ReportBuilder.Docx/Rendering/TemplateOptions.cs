using System.Globalization;

namespace ReportBuilder.Docx.Rendering;

/// <summary>How to fill a template.</summary>
public sealed record TemplateOptions
{
    /// <summary>The culture filters format with.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>What a missing value shows ({0} is the tag), so it is never a silent blank.</summary>
    public string MissingValueMarker { get; init; } = DefaultMissingValueMarker;

    /// <summary>The marker a missing value prints as unless configured otherwise ({0} is the tag).</summary>
    public const string DefaultMissingValueMarker = "[[{0}?]]";

    /// <summary>The word a {{#list}} puts before its last part ("a, b and c").</summary>
    public string ListAnd { get; init; } = "and";

    /// <summary>
    /// The shape of the data, when it is known before rendering (the bulletin's): a path that
    /// is not in it is a template error found by the check stage, not a marker in the draft.
    /// </summary>
    public Expressions.DataShape? Shape { get; init; }

    /// <summary>
    /// Values that something after rendering replaces in the body (a chart, a review comment's
    /// anchor): in a header, footer, note or text box they would stay as text, so a tag there
    /// is reported.
    /// </summary>
    public IReadOnlySet<string> BodyOnlyPaths { get; init; } = new HashSet<string>();

    /// <summary>Make a missing value an error instead of a warning.</summary>
    public bool Strict { get; init; }
}
