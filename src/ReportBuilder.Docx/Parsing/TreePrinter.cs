using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Expressions;

namespace ReportBuilder.Docx.Parsing;

/// <summary>
/// Prints a template tree compactly so tests can state a parse stage's expected output:
/// <c>p["Hello " {name}] #each(items)/paragraphs[p[{@number}]]</c>.
/// </summary>
public static class TreePrinter
{
    public static string Print(IEnumerable<TemplateNode> nodes) => string.Join(" ", nodes.Select(Print).Where(s => s.Length > 0));

    private static string Print(TemplateNode node) => node switch
    {
        VerbatimNode v => Verbatim(v.Element),
        ElementNode e => e.Element is Run ? Print(e.Children) : $"{e.Element.LocalName}[{Print(e.Children)}]",
        ValueNode v => "{" + Print(v.Expr) + "}",
        BlockNode b => Block(b),
        _ => "?",
    };

    private static string Block(BlockNode block)
    {
        var sb = new StringBuilder();
        sb.Append('#').Append(block.Kind.ToString().ToLowerInvariant()).Append('(').Append(Print(block.Expr));
        if (block.Alias is not null) sb.Append(" as ").Append(block.Alias);
        sb.Append(")/").Append(block.Placement.ToString().ToLowerInvariant());
        for (var i = 0; i < block.Branches.Count; i++)
        {
            var branch = block.Branches[i];
            if (i > 0 && block.Kind == BlockKind.List) sb.Append(branch.Condition is null ? " part" : $" part({Print(branch.Condition)})");
            else if (i > 0) sb.Append(branch.Condition is null ? " else" : $" elseif({Print(branch.Condition)})");
            sb.Append('[').Append(Print(branch.Body)).Append(']');
        }
        return sb.ToString();
    }

    private static string Verbatim(OpenXmlElement element) => element switch
    {
        ParagraphProperties or RunProperties or TableProperties or TableGrid or TableRowProperties or TableCellProperties or SectionProperties
            or ProofError or BookmarkStart or BookmarkEnd => "",
        Run r => r.InnerText.Length == 0 ? "" : $"\"{r.InnerText}\"",
        _ => $"{element.LocalName}\"{element.InnerText}\"",
    };

    public static string Print(Expr expr) => expr switch
    {
        LiteralExpr { Value: string s } => $"\"{s}\"",
        LiteralExpr { Value: null } => "null",
        LiteralExpr { Value: bool b } => b ? "true" : "false",
        LiteralExpr l => Convert.ToString(l.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        PathExpr p => p.Text,
        NotExpr n => $"not {Print(n.Operand)}",
        BinaryExpr b => $"({Print(b.Left)} {b.Operator} {Print(b.Right)})",
        FilterExpr f => $"{Print(f.Input)} | {f.Name}{string.Concat(f.Arguments.Select(a => " " + Print(a)))}",
        _ => "?",
    };
}
