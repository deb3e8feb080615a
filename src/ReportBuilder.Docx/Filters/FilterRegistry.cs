namespace ReportBuilder.Docx.Filters;

/// <summary>
/// The filters templates may call. The engine ships upper, lower, default and join; callers
/// (the bulletin layer) add language-aware ones. Filter names ignore case.
/// </summary>
public sealed class FilterRegistry
{
    private readonly Dictionary<string, TemplateFilter> _filters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IReadOnlyList<object?>, string?>> _checks = new(StringComparer.OrdinalIgnoreCase);

    public FilterRegistry()
    {
        BuiltInFilters.AddTo(this);
    }

    public IEnumerable<string> Names => _filters.Keys.Order(StringComparer.Ordinal);

    /// <param name="checkArguments">
    /// Declares the arguments the filter takes: given the literal arguments a tag passes, the
    /// mistake to report, or null. The check stage runs it on every tag, in branches that will
    /// not be taken too, so a misspelt option is found before anything is rendered.
    /// </param>
    public FilterRegistry Add(string name, TemplateFilter filter, Func<IReadOnlyList<object?>, string?>? checkArguments = null)
    {
        _filters[name] = filter;
        if (checkArguments is null) _checks.Remove(name);
        else _checks[name] = checkArguments;
        return this;
    }

    /// <summary>The mistake in a filter's literal arguments, or null when they are right (or the filter declares none).</summary>
    public string? CheckArguments(string name, IReadOnlyList<object?> arguments) =>
        _checks.TryGetValue(name, out var check) ? check(arguments) : null;

    public bool TryGet(string name, out TemplateFilter filter) => _filters.TryGetValue(name, out filter!);

    public bool Contains(string name) => _filters.ContainsKey(name);
}
