namespace ReportBuilder.Docx.Expressions;

/// <summary>A parsed expression inside a tag. Evaluation can only read data and call registered filters.</summary>
public abstract record Expr;

public sealed record LiteralExpr(object? Value) : Expr;

/// <summary>A data path: person.surname, items[0].date, @index.</summary>
public sealed record PathExpr(string Text, IReadOnlyList<PathSegment> Segments) : Expr;

/// <summary>One step of a path: a member name, or a list index.</summary>
public sealed record PathSegment(string? Name, int? Index);

public sealed record NotExpr(Expr Operand) : Expr;

/// <summary>==, !=, &lt;, &gt;, &lt;=, &gt;=, and, or.</summary>
public sealed record BinaryExpr(string Operator, Expr Left, Expr Right) : Expr;

/// <summary><c>input | name arg1 arg2</c>.</summary>
public sealed record FilterExpr(Expr Input, string Name, IReadOnlyList<Expr> Arguments) : Expr;
