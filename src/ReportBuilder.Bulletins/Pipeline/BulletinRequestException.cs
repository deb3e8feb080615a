using ReportBuilder.Problems;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>Why a request cannot be carried out, for each front end to word in its own terms (an option, a form field).</summary>
public enum RequestProblem
{
    /// <summary>The register has errors: no draft is written until they are fixed.</summary>
    RegisterHasErrors,

    /// <summary>The period is not one of the accepted forms.</summary>
    BadPeriod,

    /// <summary>"latest" was asked for, but the register has no published event.</summary>
    NoLatestPeriod,

    /// <summary>A language other than en or ru.</summary>
    UnsupportedLanguage,

    /// <summary>No language at all.</summary>
    NoLanguage,

    /// <summary>A report other than bulletin, prisoners or person.</summary>
    UnknownReport,

    /// <summary>The person a case file was asked for is not in the register.</summary>
    UnknownPerson,

    /// <summary>A case file was asked for without saying whose.</summary>
    NoPerson,

    /// <summary>An as-of or since date that is not a date.</summary>
    BadDate,
}

/// <summary>A request the pipeline refuses before rendering anything: the kind, for front ends to branch on, and the problem, with what to do.</summary>
public sealed class BulletinRequestException(RequestProblem kind, Problem problem) : Exception(problem.Message)
{
    public RequestProblem Kind { get; } = kind;

    public Problem Problem { get; } = problem;
}
