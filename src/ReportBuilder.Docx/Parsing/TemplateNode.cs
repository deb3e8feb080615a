using ReportBuilder.Problems;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>The parse stage's output: the part's content as a tree of static XML, values and blocks.</summary>
public abstract record TemplateNode;

/// <summary>An element with no tags inside: copied as it is.</summary>
public sealed record VerbatimNode(OpenXmlElement Element) : TemplateNode;

/// <summary>An element with tags somewhere inside: copied without children, then its children are rendered.</summary>
public sealed record ElementNode(OpenXmlElement Element, IReadOnlyList<TemplateNode> Children) : TemplateNode;

/// <summary>A value tag; Run carries the formatting the value is written with.</summary>
public sealed record ValueNode(Run Run, Expr Expr, TemplateLocation Location) : TemplateNode;

/// <summary>
/// An #each or #if block. Branches[0] is the main body (for #if its condition is Expr);
/// later branches are else-if (with a condition) and else (without). RestartNumIds are the
/// Word lists inside the body that restart at 1 in each repetition.
/// </summary>
public sealed record BlockNode(
    BlockKind Kind,
    BlockPlacement Placement,
    Expr Expr,
    string? Alias,
    IReadOnlyList<Branch> Branches,
    TemplateLocation Location,
    IReadOnlySet<int> RestartNumIds) : TemplateNode;

/// <param name="Tag">The run of the tag that starts the branch (a list's part): separators take its formatting.</param>
public sealed record Branch(Expr? Condition, IReadOnlyList<TemplateNode> Body, Run? Tag = null);

/// <summary>What a block repeats or keeps: runs inside a paragraph, whole paragraphs, or table rows.</summary>
public enum BlockPlacement
{
    Inline,
    Paragraphs,
    Rows,
}
