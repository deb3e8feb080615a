using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Docx;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// The outcome of rendering a plan: every draft, or (when any template failed) none and the
/// failures, so a broken template never leaves the other language's draft behind.
/// </summary>
public sealed record BulletinRun(BulletinPlan Plan, IReadOnlyList<RenderedDraft> Drafts, IReadOnlyList<TemplateFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}

/// <summary>A finished draft: its file name and bytes, and what the CLI and the add-in report of it.</summary>
public sealed record RenderedDraft(string Language, string FileName, byte[] Bytes, DraftResult Result)
{
    /// <summary>The notes that ask the editor to check something (every item also carries a comment with its register row).</summary>
    /// <summary>The review comments in the draft, each something an editor must act on.</summary>
    public int NotesToCheck => Result.Notes.Comments;
}

/// <summary>A language whose template has errors (or could not be read).</summary>
public sealed record TemplateFailure(string Language, string Template, TemplateException Error);
