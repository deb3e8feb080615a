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
}

/// <summary>A request the pipeline refuses before rendering anything, with what to do.</summary>
public sealed class BulletinRequestException(RequestProblem problem, string message, string hint) : Exception(message)
{
    public RequestProblem Problem { get; } = problem;

    public string Hint { get; } = hint;
}
