using ReportBuilder.Problems;
using ReportBuilder.Bulletins.Model;
using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// What will be written, before anything is rendered: the period, its bulletin and one draft
/// per language with its file name (so a front end can check for existing files first).
/// </summary>
public sealed record BulletinPlan(RegisterLoadResult Register, BulletinRequest Request, Period Period, Bulletin Bulletin, IReadOnlyList<PlannedDraft> Drafts)
{
    /// <summary>The register's warnings: each becomes a review comment in the drafts.</summary>
    public IReadOnlyList<Problem> Warnings { get; } = [.. Register.Problems.Items.Where(p => p.Severity == Severity.Warning)];

    /// <summary>The period lies in the future: the drafts say there is nothing to publish.</summary>
    public bool NotStarted => Period.First > Request.Today;
}

/// <summary>One language's draft: its code and its file name, bulletin-&lt;period&gt;.&lt;language&gt;.docx.</summary>
public sealed record PlannedDraft(string Language, string FileName);
