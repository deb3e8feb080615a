using ReportBuilder.Problems;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>
/// When the data's shape is known, a path that does not exist in it (item.persn.name) is a
/// template error with the nearest path that does ("did you mean item.person.name?"), instead
/// of a marker in the draft that looks like an empty cell. Loops bring their items into scope
/// as the engine does when rendering.
/// </summary>
internal static class PathCheck
{
    private sealed record Frame(string? Alias, DataShape Shape);

    public static void Run(IEnumerable<CompiledPart> parts, DataShape root, List<Problem> problems)
    {
        foreach (var part in parts) Walk(part.Tree, [new Frame(null, root)], part, problems);
    }

    private static void Walk(IReadOnlyList<TemplateNode> nodes, List<Frame> scopes, CompiledPart part, List<Problem> problems)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ElementNode element:
                    Walk(element.Children, scopes, part, problems);
                    break;
                case ValueNode value:
                    Check(value.Expr, scopes, value.Location, problems);
                    break;
                case BlockNode block:
                    if (block.Kind != BlockKind.If) Check(block.Expr, scopes, block.Location, problems); // an #if's is its first branch's condition
                    var inner = scopes;
                    if (block.Kind == BlockKind.Each)
                    {
                        var items = Resolve(block.Expr as PathExpr, scopes)?.Element ?? DataShape.Any;
                        inner = [.. scopes, new Frame(block.Alias, items)];
                    }
                    for (var i = 0; i < block.Branches.Count; i++)
                    {
                        if (block.Branches[i].Condition is { } condition) Check(condition, scopes, block.Location, problems);
                        // An each's else branch runs when the list is empty: outside the item's scope.
                        Walk(block.Branches[i].Body, block.Kind == BlockKind.Each && i > 0 ? scopes : inner, part, problems);
                    }
                    break;
            }
        }
    }

    private static void Check(Expr expr, List<Frame> scopes, TemplateLocation at, List<Problem> problems)
    {
        foreach (var path in Paths(expr))
        {
            if (Mistake(path, scopes) is { } suggestion) problems.Add(TemplateProblems.UnknownPath(at, path.Text, suggestion));
        }
    }

    /// <summary>Null when the path exists; otherwise the nearest existing path ("" when there is none to offer).</summary>
    private static string? Mistake(PathExpr path, List<Frame> scopes)
    {
        var first = path.Segments[0].Name;
        if (first is null || first.StartsWith('@') || first is "this" or "$this") return null;
        var (shape, prefix) = Start(first, scopes);
        if (shape is null) return Nearest(first, scopes.SelectMany(Visible)) ?? "";
        var walked = prefix;
        for (var i = 1; i < path.Segments.Count; i++)
        {
            var segment = path.Segments[i];
            if (shape.IsOpen || !shape.IsObject && shape.Element is null) return null;
            if (segment.Index is not null)
            {
                if (shape.Element is null) return null;
                shape = shape.Element;
                continue;
            }
            if (shape.Element is not null && segment.Name is "length" or "count") return null;
            var member = shape.Member(segment.Name!);
            if (member is null)
                return Nearest(segment.Name!, shape.MemberNames) is { } near ? $"{walked}.{near}" : "";
            walked += "." + segment.Name;
            shape = member;
        }
        return null;
    }

    private static (DataShape? Shape, string Prefix) Start(string first, List<Frame> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var frame = scopes[i];
            if (frame.Alias is not null && string.Equals(frame.Alias, first, StringComparison.Ordinal)) return (frame.Shape, first);
            if (frame.Alias is null && (frame.Shape.IsOpen || frame.Shape.Member(first) is not null))
                return (frame.Shape.IsOpen ? DataShape.Any : frame.Shape.Member(first), first);
        }
        return (null, first);
    }

    private static IEnumerable<string> Visible(Frame frame) => frame.Alias is not null ? [frame.Alias] : frame.Shape.MemberNames;

    private static DataShape? Resolve(PathExpr? path, List<Frame> scopes)
    {
        if (path is null || Mistake(path, scopes) is not null) return null;
        var (shape, _) = Start(path.Segments[0].Name ?? "", scopes);
        foreach (var segment in path.Segments.Skip(1))
            shape = segment.Index is not null ? shape?.Element : shape?.Member(segment.Name!);
        return shape;
    }

    /// <summary>The closest name by edit distance, when it is close enough to be what was meant.</summary>
    private static string? Nearest(string name, IEnumerable<string> candidates) =>
        candidates.Select(c => (Name: c, Distance: ReportBuilder.Shared.EditDistance.Between(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();

    private static IEnumerable<PathExpr> Paths(Expr expr) => expr switch
    {
        PathExpr p => [p],
        FilterExpr f => Paths(f.Input).Concat(f.Arguments.SelectMany(Paths)),
        NotExpr n => Paths(n.Operand),
        BinaryExpr b => Paths(b.Left).Concat(Paths(b.Right)),
        _ => [],
    };
}
