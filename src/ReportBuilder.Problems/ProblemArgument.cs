namespace ReportBuilder.Problems;

/// <summary>
/// One named value a problem's text quotes: a header, a cell, a count, a list of accepted names,
/// or a phrase that is itself said in the reader's language (<see cref="LocalText"/>).
/// </summary>
public sealed record ProblemArgument(string Name, object Value)
{
    public static implicit operator ProblemArgument((string Name, object Value) pair) => new(pair.Name, pair.Value);
}
