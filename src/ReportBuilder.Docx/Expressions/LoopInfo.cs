namespace ReportBuilder.Docx.Expressions;

/// <summary>Where a loop is: @index (0-based), @number (1-based), @first, @last.</summary>
public sealed record LoopInfo(int Index, int Count)
{
    public object? Get(string name) => name switch
    {
        "@index" => (decimal)Index,
        "@number" => (decimal)(Index + 1),
        "@first" => Index == 0,
        "@last" => Index == Count - 1,
        "@count" => (decimal)Count,
        _ => Missing.Value,
    };
}
