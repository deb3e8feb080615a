namespace ReportBuilder.Docx.Expressions;

/// <summary>
/// The data visible to a tag: the current item, and every enclosing loop's item out to the
/// root. A name is looked up from the innermost scope outwards, so outer data stays visible.
/// </summary>
public sealed class Scope
{
    private Scope(object? value, string? alias, LoopInfo? loop, Scope? parent)
    {
        Value = value;
        Alias = alias;
        Loop = loop;
        Parent = parent;
    }

    public object? Value { get; }
    public string? Alias { get; }
    public LoopInfo? Loop { get; }
    public Scope? Parent { get; }

    public static Scope Root(object? data) => new(data, null, null, null);

    public Scope Enter(object? item, string? alias, LoopInfo loop) => new(item, alias, loop, this);

    public object? Resolve(PathExpr path)
    {
        var first = path.Segments[0].Name!;
        object? value = Missing.Value;
        if (first.StartsWith('@'))
        {
            for (var s = this; s is not null; s = s.Parent)
            {
                if (s.Loop is not null) { value = s.Loop.Get(first); break; }
            }
        }
        else if (first is "this" or "$this")
        {
            value = Value;
        }
        else
        {
            for (var s = this; s is not null; s = s.Parent)
            {
                if (s.Alias is not null && string.Equals(s.Alias, first, StringComparison.Ordinal)) { value = s.Value; break; }
                if (s.Alias is null && DataAccess.TryMember(s.Value, first, out var member)) { value = member; break; }
            }
        }
        for (var i = 1; i < path.Segments.Count && value is not Missing; i++)
        {
            var segment = path.Segments[i];
            value = segment.Index is { } index ? DataAccess.Index(value, index) : DataAccess.Member(value, segment.Name!);
        }
        return value;
    }
}
