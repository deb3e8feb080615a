using ReportBuilder.Problems;
namespace ReportBuilder.Problems;

/// <summary>Problems collected in one pass, in the order they were found.</summary>
public sealed class ProblemList
{
    private readonly List<Problem> _items = [];

    public IReadOnlyList<Problem> Items => _items;

    public bool HasErrors => _items.Exists(p => p.Severity == Severity.Error);

    public int ErrorCount => _items.Count(p => p.Severity == Severity.Error);

    public int WarningCount => _items.Count(p => p.Severity == Severity.Warning);

    public void Add(Problem problem) => _items.Add(problem);

    public void AddRange(IEnumerable<Problem> problems) => _items.AddRange(problems);
}
