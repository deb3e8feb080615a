namespace ReportBuilder.Docx.Parsing;

/// <summary>The tags a template may still hold: one budget for all its parts (<see cref="TemplateLimits.MaxTagsPerTemplate"/>).</summary>
public sealed class TagBudget(int limit = TemplateLimits.MaxTagsPerTemplate)
{
    private int _left = limit;

    public bool Exhausted => _left < 0;

    /// <summary>Takes count tags; false once more were taken than the budget holds.</summary>
    public bool Take(int count)
    {
        _left -= count;
        return _left >= 0;
    }
}
