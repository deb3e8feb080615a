using ReportBuilder.Problems;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Lexing;
using ReportBuilder.Docx.Numbering;
using ReportBuilder.Docx.Parsing;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Rendering;

/// <summary>
/// The render stage: template tree + data → new XML elements. Values keep the formatting of
/// their tag's run; a paragraph whose content was all tags and rendered to nothing is dropped,
/// so a false condition or an empty loop leaves no blank line.
/// </summary>
public sealed class Renderer(Evaluator evaluator, TemplateOptions options, ListNumbering? numbering, List<Problem> problems)
{
    public List<OpenXmlElement> Render(IReadOnlyList<TemplateNode> nodes, Scope scope)
    {
        var output = new List<OpenXmlElement>();
        foreach (var node in nodes) RenderNode(node, scope, output);
        return output;
    }

    private void RenderNode(TemplateNode node, Scope scope, List<OpenXmlElement> output)
    {
        switch (node)
        {
            case VerbatimNode verbatim:
                output.Add(verbatim.Element.CloneNode(true));
                break;
            case ElementNode element:
                var clone = element.Element.CloneNode(false);
                foreach (var child in Render(element.Children, scope)) clone.AppendChild(child);
                if (clone is Paragraph paragraph && !ParagraphContent.IsVisible(paragraph)) break;
                output.Add(clone);
                break;
            case ValueNode value:
                output.AddRange(RenderValue(value, scope));
                break;
            case BlockNode { Kind: BlockKind.If } block:
                var branch = block.Branches.FirstOrDefault(b => b.Condition is null || Truth.IsTrue(Evaluate(b.Condition, scope, block.Location)));
                if (branch is not null) output.AddRange(Render(branch.Body, scope));
                break;
            case BlockNode { Kind: BlockKind.List } block:
                RenderList(block, scope, output);
                break;
            case BlockNode block:
                RenderEach(block, scope, output);
                break;
        }
    }

    private void RenderEach(BlockNode block, Scope scope, List<OpenXmlElement> output)
    {
        var items = DataAccess.AsList(Evaluate(block.Expr, scope, block.Location));
        if (items.Count == 0)
        {
            if (block.Branches.Count > 1) output.AddRange(Render(block.Branches[1].Body, scope));
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var repetition = Render(block.Branches[0].Body, scope.Enter(items[i], block.Alias, new LoopInfo(i, items.Count)));
            if (block.RestartNumIds.Count > 0 && numbering is not null) RestartLists(repetition, block.RestartNumIds);
            output.AddRange(repetition);
        }
    }

    /// <summary>
    /// A list: the parts whose condition holds and that print something, joined the way the
    /// language joins them ("a, b and c"; one part alone); with no part, the text that leads
    /// into the list goes too. Separators take the formatting of the part's tag.
    /// </summary>
    private void RenderList(BlockNode block, Scope scope, List<OpenXmlElement> output)
    {
        var parts = new List<(List<OpenXmlElement> Content, Run? Tag)>();
        foreach (var branch in block.Branches.Skip(1))
        {
            if (branch.Condition is not null && !Truth.IsTrue(Evaluate(branch.Condition, scope, block.Location))) continue;
            var content = Render(branch.Body, scope);
            if (ListText.TrimEdges(content)) parts.Add((content, branch.Tag));
        }
        if (parts.Count == 0) return;
        var and = Evaluate(block.Expr, scope, block.Location) is string word ? word : options.ListAnd;
        output.AddRange(Render(block.Branches[0].Body, scope));
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) output.Add(ListText.Separator(i < parts.Count - 1 ? ", " : ListText.Last(and), parts[i].Tag));
            output.AddRange(parts[i].Content);
        }
    }

    private void RestartLists(List<OpenXmlElement> repetition, IReadOnlySet<int> lists)
    {
        var fresh = new Dictionary<int, int>();
        foreach (var paragraph in repetition.SelectMany(e => e is Paragraph p ? [p] : e.Descendants<Paragraph>()))
        {
            if (numbering!.ListOf(paragraph) is not { } list || !lists.Contains(list.NumId)) continue;
            if (!fresh.TryGetValue(list.NumId, out var newId)) fresh[list.NumId] = newId = numbering.RestartedCopyOf(list.NumId);
            ListNumbering.Renumber(paragraph, newId, list.Level);
        }
    }

    private IEnumerable<OpenXmlElement> RenderValue(ValueNode node, Scope scope)
    {
        var value = Evaluate(node.Expr, scope, node.Location);
        string text;
        // Null is as missing as an absent key: a draft never shows a silent blank.
        if (value is Missing or null)
        {
            problems.Add(TemplateProblems.MissingValue(node.Location, Describe(node.Expr), options.Strict));
            text = string.Format(options.Culture, options.MissingValueMarker, Describe(node.Expr));
        }
        else
        {
            text = ValueText.Format(value, options.Culture);
        }
        if (text.Length == 0) yield break;
        var run = (Run)node.Run.CloneNode(false);
        if (node.Run.RunProperties is { } properties) run.AppendChild(properties.CloneNode(true));
        AppendText(run, text);
        yield return run;
    }

    /// <summary>Newlines become line breaks, tabs become tabs, characters XML cannot hold are dropped.</summary>
    private static void AppendText(Run run, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t')) continue;
            if (i > start) run.AppendChild(RunNormalizer.TextElement(XmlText.Clean(text[start..i])));
            if (i < text.Length) run.AppendChild<OpenXmlElement>(text[i] == '\n' ? new Break() : new TabChar());
            start = i + 1;
        }
    }

    private object? Evaluate(Expr expr, Scope scope, TemplateLocation location)
    {
        try
        {
            return evaluator.Evaluate(expr, scope);
        }
        catch (FilterException e)
        {
            problems.Add(TemplateProblems.FilterFailed(location, e.Message));
            return Missing.Value;
        }
    }

    private static string Describe(Expr expr) => expr switch
    {
        PathExpr p => p.Text,
        FilterExpr f => Describe(f.Input),
        _ => "value",
    };
}
