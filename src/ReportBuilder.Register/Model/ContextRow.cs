namespace ReportBuilder.Register.Model;

/// <summary>A background paragraph for bulletins whose period overlaps From..Until.</summary>
public sealed record ContextRow(DateOnly From, DateOnly? Until, string? TextEn, string? TextRu, SourceRow Row)
{
    public DateOnly LastDay => Until ?? From;

    public bool Overlaps(DateOnly first, DateOnly last) => From <= last && LastDay >= first;
}
