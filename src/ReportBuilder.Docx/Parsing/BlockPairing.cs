using ReportBuilder.Problems;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>
/// Pairs opening, else and closing tags in document order and decides each block's
/// placement from where its tags stand (like docxtemplater's paragraph loops):
/// both in one paragraph → inline; each alone in its own paragraph, same parent → whole
/// paragraphs; in the same table (rows of one table) → rows; anything else is an error.
/// </summary>
public static class BlockPairing
{
    /// <returns>The blocks, or null when they nest deeper than <see cref="TemplateLimits.MaxNesting"/> (reported once).</returns>
    public static List<BlockPlan>? Pair(IEnumerable<TagOccurrence> tags, List<Problem> problems)
    {
        var plans = new List<BlockPlan>();
        var open = new Stack<BlockPlan>();
        foreach (var tag in tags)
        {
            switch (tag.Syntax)
            {
                case OpenTag:
                    if (open.Count == TemplateLimits.MaxNesting)
                    {
                        problems.Add(TemplateProblems.NestedTooDeep(tag.Location, TemplateLimits.MaxNesting));
                        return null;
                    }
                    open.Push(new BlockPlan(tag));
                    break;
                case ElseTag or PartTag when tag.Broken || (open.Count > 0 && open.Peek().Open.Broken):
                    break; // reported once already, where the mistyped tag is
                case ElseTag:
                    if (open.Count == 0) problems.Add(TemplateProblems.MisplacedElse(tag.Location, "there is no open {{#if}} or {{#each}} before it"));
                    else if (Kind(open.Peek()) == BlockKind.List) problems.Add(TemplateProblems.MisplacedElse(tag.Location, "a {{#list}} has {{part}} tags, not else"));
                    else open.Peek().Elses.Add(tag);
                    break;
                case PartTag:
                    if (open.Count == 0 || Kind(open.Peek()) != BlockKind.List)
                        problems.Add(TemplateProblems.MisplacedElse(tag.Location, "{{part}} belongs directly inside a {{#list}} … {{/list}}"));
                    else open.Peek().Elses.Add(tag);
                    break;
                case CloseTag close:
                    if (open.Count == 0)
                    {
                        if (!tag.Broken) problems.Add(TemplateProblems.UnopenedBlock(tag.Location));
                        break;
                    }
                    var plan = open.Pop();
                    if (plan.Open.Broken || tag.Broken) break; // one typo, one problem: its partner is not reported again
                    var kind = ((OpenTag)plan.Open.Syntax).Kind;
                    if (kind != close.Kind)
                    {
                        // One mistake, one report: the close ends the innermost block of its kind if
                        // there is one further out (the blocks in between were left open), else the
                        // innermost block.
                        problems.Add(TemplateProblems.CrossedBlocks(tag.Location, CloseText(kind), plan.Open.Location));
                        if (open.Any(p => ((OpenTag)p.Open.Syntax).Kind == close.Kind))
                            while (((OpenTag)open.Pop().Open.Syntax).Kind != close.Kind) { }
                        break;
                    }
                    plan.Close = tag;
                    if (Place(plan, problems)) plans.Add(plan);
                    break;
            }
        }
        foreach (var plan in open.Where(p => !p.Open.Broken))
            problems.Add(TemplateProblems.UnclosedBlock(plan.Open.Location, CloseText(((OpenTag)plan.Open.Syntax).Kind)));
        return plans;
    }

    private static string CloseText(BlockKind kind) => kind switch { BlockKind.Each => "{{/each}}", BlockKind.List => "{{/list}}", _ => "{{/if}}" };

    private static BlockKind Kind(BlockPlan plan) => ((OpenTag)plan.Open.Syntax).Kind;

    private static bool Place(BlockPlan plan, List<Problem> problems)
    {
        var open = plan.Open;
        var close = plan.Close!;
        if (open.Paragraph == close.Paragraph)
        {
            var parent = open.Run.Parent;
            if (parent != close.Run.Parent)
            {
                problems.Add(TemplateProblems.IncompatiblePlacement(open.Location, close.Location,
                    "one tag is inside a hyperlink, field or content control and the other is not"));
                return false;
            }
            plan.Placement = BlockPlacement.Inline;
            plan.OpenUnit = open.Run;
            plan.CloseUnit = close.Run;
            foreach (var e in plan.Elses)
            {
                if (e.Run.Parent != parent) return Misplaced(e, "it must stand in the same paragraph as its block's tags", problems);
                plan.ElseUnits.Add(e.Run);
            }
            return true;
        }
        if (Kind(plan) == BlockKind.List)
        {
            problems.Add(TemplateProblems.IncompatiblePlacement(open.Location, close.Location, "a {{#list}} joins parts of one sentence, so its tags stand in one paragraph"));
            return false;
        }
        if (open.Standalone && close.Standalone && open.Paragraph.Parent == close.Paragraph.Parent)
        {
            plan.Placement = BlockPlacement.Paragraphs;
            plan.OpenUnit = open.Paragraph;
            plan.CloseUnit = close.Paragraph;
            foreach (var e in plan.Elses)
            {
                if (!e.Standalone || e.Paragraph.Parent != open.Paragraph.Parent)
                    return Misplaced(e, "like its block's tags, it must stand alone in its own paragraph beside them", problems);
                plan.ElseUnits.Add(e.Paragraph);
            }
            return true;
        }
        var openRow = open.Run.Ancestors<TableRow>().FirstOrDefault();
        var closeRow = close.Run.Ancestors<TableRow>().FirstOrDefault();
        if (openRow is not null && closeRow is not null && openRow.Parent == closeRow.Parent)
        {
            if (plan.Elses.Count > 0) return Misplaced(plan.Elses[0], "a block that repeats or keeps table rows cannot have an else; use a second block", problems);
            plan.Placement = BlockPlacement.Rows;
            plan.OpenUnit = openRow;
            plan.CloseUnit = closeRow;
            return true;
        }
        problems.Add(TemplateProblems.IncompatiblePlacement(open.Location, close.Location, Describe(open, close)));
        return false;
    }

    private static bool Misplaced(TagOccurrence e, string detail, List<Problem> problems)
    {
        problems.Add(TemplateProblems.MisplacedElse(e.Location, detail));
        return false;
    }

    private static string Describe(TagOccurrence open, TagOccurrence close)
    {
        static string Where(TagOccurrence t) =>
            t.Run.Ancestors<TableCell>().Any() ? "in a table cell" : t.Paragraph.Parent is Body ? "in the body" : $"in {t.Paragraph.Parent?.LocalName}";
        var (a, b) = (Where(open), Where(close));
        if (a != b) return $"the opening tag is {a}, the closing tag is {b}";
        if (!open.Standalone || !close.Standalone) return "they are in different paragraphs, and not each alone in its own paragraph";
        return "their paragraphs have different parents";
    }

    public static bool IsStandalone(Paragraph paragraph, string paragraphText, string tagRaw) =>
        paragraphText.Trim() == tagRaw
        && !paragraph.Descendants().Any(d => d is Drawing or Picture or EmbeddedObject or Break or FootnoteReference or EndnoteReference);

}
