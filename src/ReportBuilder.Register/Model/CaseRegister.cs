namespace ReportBuilder.Register.Model;

/// <summary>The whole register, merged from all its workbooks.</summary>
public sealed class CaseRegister
{
    public IReadOnlyList<Person> Persons { get; init; } = [];
    public IReadOnlyList<CourtEvent> Events { get; init; } = [];
    public IReadOnlyList<ArticleTitle> Articles { get; init; } = [];
    public IReadOnlyList<ContextRow> Context { get; init; } = [];
    public IReadOnlyList<ExchangeRate> Rates { get; init; } = [];

    /// <summary>The workbooks read, in the order given.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    private Dictionary<string, Person>? _personsById;

    public Person? FindPerson(string id)
    {
        _personsById ??= Persons.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return _personsById.GetValueOrDefault(id);
    }

    /// <summary>The title of Article/Part, falling back to the article-wide title.</summary>
    public ArticleTitle? FindArticle(string article, string? part) =>
        Articles.FirstOrDefault(a => a.Article == article && a.Part == part)
        ?? Articles.FirstOrDefault(a => a.Article == article && a.Part is null);

    /// <summary>The latest rate on or before the date, or null when there is none.</summary>
    public ExchangeRate? FindRate(string currency, DateOnly date) =>
        Rates.Where(r => string.Equals(r.Currency, currency, StringComparison.OrdinalIgnoreCase) && r.Date <= date)
            .MaxBy(r => r.Date);
}
