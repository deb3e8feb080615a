namespace ReportBuilder.Register.Model;

/// <summary>The whole register, merged from all its workbooks.</summary>
public sealed class CaseRegister
{
    public IReadOnlyList<Person> Persons { get; init; } = [];
    public IReadOnlyList<CourtEvent> Events { get; init; } = [];
    public IReadOnlyList<ArticleTitle> Articles { get; init; } = [];
    public IReadOnlyList<ContextRow> Context { get; init; } = [];
    public IReadOnlyList<ExchangeRate> Rates { get; init; } = [];

    /// <summary>Russian forms staff confirmed on the Forms sheet.</summary>
    public IReadOnlyList<ConfirmedForm> Forms { get; init; } = [];

    private Dictionary<string, ConfirmedForm>? _forms;

    /// <summary>The confirmed forms of a name, town, description or judge, as the register writes its nominative; null when none.</summary>
    public ConfirmedForm? Confirmed(FormKind kind, string? nominative) =>
        nominative is null ? null
        : (_forms ??= Forms.GroupBy(f => ConfirmedForm.Key(f.Kind, f.Nominative)).ToDictionary(g => g.Key, g => g.First())).GetValueOrDefault(ConfirmedForm.Key(kind, nominative));

    /// <summary>The workbooks read, in the order given, as named in messages.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The full paths of the workbooks read, in the same order.</summary>
    public IReadOnlyList<string> SourcePaths { get; init; } = [];

    /// <summary>The bytes each workbook was read from, in the same order: one snapshot, whatever happens to the file later.</summary>
    public IReadOnlyList<byte[]> Snapshots { get; init; } = [];

    /// <summary>How many data rows each register sheet gave, in workbook and sheet order.</summary>
    public IReadOnlyList<SheetRowCount> SheetsRead { get; init; } = [];

    // Lookups are built on first use; building one twice from two threads is harmless (same content).
    private Dictionary<string, Person>? _personsById;

    public Person? FindPerson(string id)
    {
        _personsById ??= Persons.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return _personsById.GetValueOrDefault(id);
    }

    private Dictionary<(string Article, string Part), ArticleTitle>? _articles;

    /// <summary>The title of Article/Part, falling back to the article-wide title.</summary>
    public ArticleTitle? FindArticle(string article, string? part)
    {
        _articles ??= Articles.GroupBy(a => (a.Article, a.Part ?? "")).ToDictionary(g => g.Key, g => g.First());
        return _articles.GetValueOrDefault((article, part ?? "")) ?? _articles.GetValueOrDefault((article, ""));
    }

    private Dictionary<string, ExchangeRate[]>? _ratesByCurrency;

    /// <summary>The latest rate on or before the date, or null when there is none.</summary>
    public ExchangeRate? FindRate(string currency, DateOnly date)
    {
        _ratesByCurrency ??= Rates.GroupBy(r => r.Currency, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ToArray(), StringComparer.OrdinalIgnoreCase);
        if (!_ratesByCurrency.TryGetValue(currency, out var rates)) return null;
        ExchangeRate? found = null;
        foreach (var rate in rates)
        {
            if (rate.Date > date) break;
            found = rate;
        }
        return found;
    }
}
