using ReportBuilder.Docx.Filters;

namespace ReportBuilder.Docx.Expressions;

/// <summary>Evaluates an expression against a scope. Only data paths, literals, operators and registered filters exist.</summary>
public sealed class Evaluator(FilterRegistry filters, FilterContext context)
{
    public object? Evaluate(Expr expr, Scope scope) => expr switch
    {
        LiteralExpr literal => literal.Value,
        PathExpr path => scope.Resolve(path),
        NotExpr not => !Truth.IsTrue(Evaluate(not.Operand, scope)),
        BinaryExpr { Operator: "and" } and => Truth.IsTrue(Evaluate(and.Left, scope)) && Truth.IsTrue(Evaluate(and.Right, scope)),
        BinaryExpr { Operator: "or" } or => Truth.IsTrue(Evaluate(or.Left, scope)) || Truth.IsTrue(Evaluate(or.Right, scope)),
        BinaryExpr binary => Compare(binary, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope)),
        FilterExpr filter => ApplyFilter(filter, scope),
        _ => throw new InvalidOperationException($"Unknown expression node {expr.GetType().Name}"),
    };

    private object? ApplyFilter(FilterExpr filter, Scope scope)
    {
        if (!filters.TryGet(filter.Name, out var function))
            throw new FilterException($"unknown filter '{filter.Name}'");
        var input = Evaluate(filter.Input, scope);
        var args = filter.Arguments.Select(a => Evaluate(a, scope)).ToList();
        return function(input, args, context);
    }

    private static bool Compare(BinaryExpr binary, object? left, object? right) => binary.Operator switch
    {
        "==" => Truth.AreEqual(left, right),
        "!=" => !Truth.AreEqual(left, right),
        "<" => Truth.Compare(left, right) < 0,
        ">" => Truth.Compare(left, right) > 0,
        "<=" => Truth.Compare(left, right) <= 0,
        ">=" => Truth.Compare(left, right) >= 0,
        _ => throw new InvalidOperationException($"Unknown operator {binary.Operator}"),
    };
}
