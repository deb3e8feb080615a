using ReportBuilder.Docx.Expressions;

namespace ReportBuilder.Docx.Parsing;

public enum BlockKind
{
    Each,
    If,
    List,
}

/// <summary>What a tag says, parsed from its text.</summary>
public abstract record TagSyntax;

/// <summary><c>{{ path | filter }}</c>: inserts a value.</summary>
public sealed record ValueTag(Expr Expr) : TagSyntax;

/// <summary><c>{{#each list as item}}</c> or <c>{{#if expr}}</c>.</summary>
public sealed record OpenTag(BlockKind Kind, Expr Expr, string? Alias) : TagSyntax;

/// <summary><c>{{else}}</c> (Condition null) or <c>{{else if expr}}</c>.</summary>
public sealed record ElseTag(Expr? Condition) : TagSyntax;

/// <summary>
/// <c>{{part}}</c> or <c>{{part condition}}</c> inside <c>{{#list}}</c>: starts one part of the
/// list, shown when its condition holds and it prints something.
/// </summary>
public sealed record PartTag(Expr? Condition) : TagSyntax;

/// <summary><c>{{/each}}</c>, <c>{{/if}}</c> or <c>{{/list}}</c>.</summary>
public sealed record CloseTag(BlockKind Kind) : TagSyntax;
