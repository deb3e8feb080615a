using ReportBuilder.Problems;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Numbering;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>
/// Builds the template tree of one part from its paired blocks and value tags. Elements with
/// no tag inside stay verbatim; the marker units of each block (tag runs, tag paragraphs)
/// are dropped, so a block leaves no empty paragraph behind.
/// </summary>
public sealed class TreeBuilder
{
    private readonly Dictionary<OpenXmlElement, BlockPlan> _opens = [];
    private readonly Dictionary<Run, TagOccurrence> _values = [];
    private readonly HashSet<Run> _markerRuns = [];
    private readonly HashSet<OpenXmlElement> _holdsTags = [];
    private readonly HashSet<OpenXmlElement> _tagParagraphs = [];
    private readonly HashSet<OpenXmlElement> _loopOpenParagraphs = [];
    private readonly HashSet<OpenXmlElement> _loopCloseParagraphs = [];
    private readonly HashSet<BlockPlan> _building = [];
    private readonly ListNumbering? _numbering;
    private readonly List<Problem> _problems;

    public TreeBuilder(IReadOnlyList<TagOccurrence> tags, IReadOnlyList<BlockPlan> plans, ListNumbering? numbering, List<Problem> problems)
    {
        _numbering = numbering;
        _problems = problems;
        foreach (var tag in tags)
        {
            if (tag.Syntax is ValueTag) _values[tag.Run] = tag;
            else _markerRuns.Add(tag.Run);
            for (var e = tag.Run.Parent; e is not null; e = e.Parent) _holdsTags.Add(e);
        }
        foreach (var plan in plans)
        {
            _opens[plan.OpenUnit!] = plan;
            if (plan.Placement != BlockPlacement.Paragraphs) continue;
            _tagParagraphs.UnionWith([plan.OpenUnit!, plan.CloseUnit!, .. plan.ElseUnits]);
            if (((OpenTag)plan.Open.Syntax).Kind != BlockKind.Each) continue;
            _loopOpenParagraphs.Add(plan.OpenUnit!);
            _loopCloseParagraphs.Add(plan.CloseUnit!);
        }
    }

    public List<TemplateNode> Build(OpenXmlElement root) => Sequence([.. root.ChildElements]);

    private List<TemplateNode> Sequence(IReadOnlyList<OpenXmlElement> children)
    {
        var nodes = new List<TemplateNode>();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (_opens.TryGetValue(child, out var plan) && !_building.Contains(plan))
            {
                var end = IndexOf(children, plan.CloseUnit!, i);
                if (end < 0)
                {
                    _problems.Add(TemplateProblems.IncompatiblePlacement(plan.Open.Location, plan.Close!.Location, "it crosses the boundary of another block"));
                    continue;
                }
                nodes.Add(Block(plan, children, i, end));
                i = end;
                continue;
            }
            if (Element(child) is { } node) nodes.Add(node);
        }
        return nodes;
    }

    private BlockNode Block(BlockPlan plan, IReadOnlyList<OpenXmlElement> siblings, int start, int end)
    {
        var open = (OpenTag)plan.Open.Syntax;
        var branches = new List<Branch>();
        IReadOnlyList<OpenXmlElement> bodyElements;
        if (plan.Placement == BlockPlacement.Rows)
        {
            // The rows holding the tags belong to the body; only the tag runs are dropped.
            bodyElements = siblings.Skip(start).Take(end - start + 1).ToList();
            _building.Add(plan);
            branches.Add(new Branch(open.Kind == BlockKind.If ? open.Expr : null, Sequence(bodyElements)));
            _building.Remove(plan);
        }
        else
        {
            bodyElements = siblings.Skip(start + 1).Take(end - start - 1).ToList();
            var current = new List<OpenXmlElement>();
            Expr? condition = open.Kind == BlockKind.If ? open.Expr : null;
            Run? tag = null;
            var elseIndex = 0;
            foreach (var element in bodyElements)
            {
                var at = plan.ElseUnits.IndexOf(element);
                if (at < 0) { current.Add(element); continue; }
                branches.Add(new Branch(condition, Sequence(current), tag));
                current = [];
                var separator = plan.Elses[elseIndex++];
                condition = separator.Syntax switch { ElseTag e => e.Condition, PartTag p => p.Condition, _ => null };
                tag = separator.Run;
            }
            branches.Add(new Branch(condition, Sequence(current), tag));
        }
        return new BlockNode(open.Kind, plan.Placement, open.Expr, open.Alias, branches, plan.Open.Location,
            open.Kind == BlockKind.Each ? RestartingLists(plan, bodyElements) : new HashSet<int>());
    }

    /// <summary>
    /// Lists inside a loop's body restart in each repetition, except the list whose items the
    /// loop itself repeats: the list of the first paragraph the body shows (looking through
    /// #if tag paragraphs, not into nested loops). That one keeps counting: 1) 2) 3).
    /// </summary>
    private HashSet<int> RestartingLists(BlockPlan plan, IReadOnlyList<OpenXmlElement> body)
    {
        var lists = new HashSet<int>();
        if (_numbering is null) return lists;
        foreach (var element in body)
        {
            foreach (var paragraph in element is Paragraph p ? [p] : element.Descendants<Paragraph>())
            {
                if (_numbering.ListOf(paragraph) is { } list) lists.Add(list.NumId);
            }
        }
        if (plan.Placement == BlockPlacement.Paragraphs && FirstShownParagraph(body) is { } first && _numbering.ListOf(first) is { } repeated)
            lists.Remove(repeated.NumId);
        return lists;
    }

    private Paragraph? FirstShownParagraph(IReadOnlyList<OpenXmlElement> body)
    {
        var depth = 0;
        foreach (var element in body)
        {
            if (_loopOpenParagraphs.Contains(element)) depth++;
            else if (_loopCloseParagraphs.Contains(element)) depth--;
            else if (_tagParagraphs.Contains(element)) continue;
            else if (depth == 0) return element as Paragraph;
        }
        return null;
    }

    private TemplateNode? Element(OpenXmlElement element)
    {
        if (element is Run run)
        {
            if (_values.TryGetValue(run, out var value)) return new ValueNode(run, ((ValueTag)value.Syntax).Expr, value.Location);
            if (_markerRuns.Contains(run)) return null;
        }
        if (!_holdsTags.Contains(element)) return new VerbatimNode(element);
        return new ElementNode(element, Sequence([.. element.ChildElements]));
    }

    private static int IndexOf(IReadOnlyList<OpenXmlElement> list, OpenXmlElement element, int from)
    {
        for (var i = from; i < list.Count; i++)
        {
            if (list[i] == element) return i;
        }
        return -1;
    }
}
