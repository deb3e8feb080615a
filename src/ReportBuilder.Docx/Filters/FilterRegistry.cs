namespace ReportBuilder.Docx.Filters;

/// <summary>
/// The filters templates may call. The engine ships upper, lower, default and join; callers
/// (the bulletin layer) add language-aware ones. Filter names ignore case.
/// </summary>
public sealed class FilterRegistry
{
    private readonly Dictionary<string, TemplateFilter> _filters = new(StringComparer.OrdinalIgnoreCase);

    public FilterRegistry()
    {
        BuiltInFilters.AddTo(this);
    }

    public IEnumerable<string> Names => _filters.Keys.Order(StringComparer.Ordinal);

    public FilterRegistry Add(string name, TemplateFilter filter)
    {
        _filters[name] = filter;
        return this;
    }

    public bool TryGet(string name, out TemplateFilter filter) => _filters.TryGetValue(name, out filter!);

    public bool Contains(string name) => _filters.ContainsKey(name);
}
