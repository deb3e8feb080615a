using ReportBuilder.Problems;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Lexing;
using ReportBuilder.Docx.Numbering;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>Runs the lex, parse and check stages over one part, collecting every problem.</summary>
public static class PartCompiler
{
    /// <param name="budget">Tags the template may still hold (all parts share one budget); null for no limit but the paragraph's.</param>
    public static CompiledPart Compile(string file, string partName, OpenXmlElement root, FilterRegistry filters,
        ListNumbering? numbering, List<Problem> problems, TagBudget? budget = null)
    {
        budget ??= new TagBudget();
        var tags = new List<TagOccurrence>();
        var paragraphs = root.Descendants<Paragraph>().ToList();
        CheckTrackedChanges(file, partName, paragraphs, problems);
        if (numbering is not null) CheckLists(file, partName, paragraphs, numbering, problems);
        string? heading = null;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            var text = ParagraphText.Of(paragraph);
            if (IsHeading(paragraph)) heading = Shorten(text.Text);
            if (!text.Text.Contains("{{", StringComparison.Ordinal) && !text.Text.Contains("}}", StringComparison.Ordinal)) continue;
            var opening = Shorten(text.Text);

            var (tokens, strays) = TagScanner.Scan(text.Text);
            if (tokens.Count > TemplateLimits.MaxTagsPerParagraph)
            {
                problems.Add(TemplateProblems.TooManyTagsInParagraph(file, partName, index + 1, opening, tokens.Count, TemplateLimits.MaxTagsPerParagraph));
                return Unbuilt(partName, root, tags);
            }
            if (!budget.Take(tokens.Count))
            {
                problems.Add(TemplateProblems.TooManyTags(file, partName, index + 1, opening, TemplateLimits.MaxTagsPerTemplate));
                return Unbuilt(partName, root, tags);
            }
            // Tags of this paragraph by position: a mistyped block tag keeps its place among them.
            var found = new List<(int Position, TagOccurrence Tag)>();
            foreach (var stray in strays)
            {
                var at = new TemplateLocation(file, partName, index + 1, stray.IsOpening ? "{{" : "}}", text.Around(stray.Position, stray.Position + 2), opening, heading);
                problems.Add(stray.IsOpening ? TemplateProblems.UnclosedTag(at) : TemplateProblems.UnopenedTag(at));
                if (stray.IsOpening && TagOccurrence.Intended(text.Text[(stray.Position + 2)..]) is { } intended)
                    found.Add((stray.Position, new TagOccurrence(new Run(), paragraph, intended, at, false, Broken: true)));
            }
            foreach (var isolated in RunNormalizer.Isolate(paragraph, tokens))
            {
                var token = isolated.Token;
                var location = new TemplateLocation(file, partName, index + 1, token.Raw, text.Around(token.Start, token.End), opening, heading);
                if (isolated.CrossedBoundary) problems.Add(TemplateProblems.TagAcrossBoundary(location));
                TagSyntax syntax;
                try
                {
                    syntax = TagParser.Parse(token.Content);
                }
                catch (ExpressionSyntaxException e)
                {
                    problems.Add(TemplateProblems.SyntaxError(location, e.Message));
                    if (TagOccurrence.Intended(token.Content) is { } intended)
                        found.Add((token.Start, new TagOccurrence(isolated.Run, paragraph, intended, location, false, Broken: true)));
                    continue;
                }
                foreach (var unknown in FilterNames(syntax).Where(name => !filters.Contains(name)))
                    problems.Add(TemplateProblems.UnknownFilter(location, unknown, filters.Names));
                foreach (var mistake in FilterCalls(syntax).Select(f => ArgumentMistake(f, filters)).OfType<string>())
                    problems.Add(TemplateProblems.FilterFailed(location, mistake));
                var standalone = tokens.Count == 1 && BlockPairing.IsStandalone(paragraph, text.Text, token.Raw);
                found.Add((token.Start, new TagOccurrence(isolated.Run, paragraph, syntax, location, standalone)));
            }
            tags.AddRange(found.OrderBy(f => f.Position).Select(f => f.Tag));
        }
        var plans = BlockPairing.Pair(tags, problems);
        if (plans is null) return Unbuilt(partName, root, tags);
        var tree = new TreeBuilder(tags, plans, numbering, problems).Build(root);
        return new CompiledPart(partName, root, tree, tags);
    }

    /// <summary>A part past a limit: its error is reported and it is never rendered, so no tree is built.</summary>
    private static CompiledPart Unbuilt(string partName, OpenXmlElement root, List<TagOccurrence> tags) => new(partName, root, [], tags);

    private static bool IsHeading(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
        && (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase));

    /// <summary>The first words of a paragraph, enough to find it with Ctrl+F.</summary>
    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }

    /// <summary>A paragraph numbered with a list the document does not define is left unnumbered (numId 0), with a warning.</summary>
    private static void CheckLists(string file, string partName, List<Paragraph> paragraphs, ListNumbering numbering, List<Problem> problems)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (numbering.UndefinedListOf(paragraphs[i]) is not { } numId) continue;
            // Unnumbered for every reader, as the warning says: numId 0 means "no list", also over a style's list.
            var properties = paragraphs[i].ParagraphProperties ??= new ParagraphProperties();
            properties.NumberingProperties = new NumberingProperties(new NumberingId { Val = 0 });
            var text = ParagraphText.Of(paragraphs[i]).Text;
            problems.Add(TemplateProblems.UndefinedList(file, partName, i + 1, numId, text.Length > 40 ? text[..40] + "…" : text));
        }
    }

    /// <summary>Tracked changes make the text ambiguous (which version holds the tag?): they must be resolved first.</summary>
    private static void CheckTrackedChanges(string file, string partName, List<Paragraph> paragraphs, List<Problem> problems)
    {
        var first = 0;
        var count = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var changes = paragraphs[i].Descendants().Count(e => e is InsertedRun or DeletedRun or MoveFromRun or MoveToRun
                or Inserted or Deleted or RunPropertiesChange or ParagraphPropertiesChange);
            if (changes > 0 && first == 0) first = i + 1;
            count += changes;
        }
        if (count > 0) problems.Add(TemplateProblems.TrackedChanges(file, partName, first, count));
    }

    private static IEnumerable<string> FilterNames(TagSyntax syntax) => syntax switch
    {
        ValueTag v => FilterNames(v.Expr),
        OpenTag o => FilterNames(o.Expr),
        ElseTag { Condition: { } c } => FilterNames(c),
        PartTag { Condition: { } c } => FilterNames(c),
        _ => [],
    };

    /// <summary>A filter call's literal arguments checked against what the filter declares (paths are checked when rendering).</summary>
    private static string? ArgumentMistake(FilterExpr call, FilterRegistry filters) =>
        call.Arguments.All(a => a is LiteralExpr) && filters.Contains(call.Name)
            ? filters.CheckArguments(call.Name, [.. call.Arguments.Select(a => ((LiteralExpr)a).Value)])
            : null;

    private static IEnumerable<FilterExpr> FilterCalls(TagSyntax syntax) => syntax switch
    {
        ValueTag v => FilterCalls(v.Expr),
        OpenTag o => FilterCalls(o.Expr),
        ElseTag { Condition: { } c } => FilterCalls(c),
        PartTag { Condition: { } c } => FilterCalls(c),
        _ => [],
    };

    private static IEnumerable<FilterExpr> FilterCalls(Expr expr) => expr switch
    {
        FilterExpr f => FilterCalls(f.Input).Concat(f.Arguments.SelectMany(FilterCalls)).Append(f),
        NotExpr n => FilterCalls(n.Operand),
        BinaryExpr b => FilterCalls(b.Left).Concat(FilterCalls(b.Right)),
        _ => [],
    };

    private static IEnumerable<string> FilterNames(Expr expr) => expr switch
    {
        FilterExpr f => FilterNames(f.Input).Concat(f.Arguments.SelectMany(FilterNames)).Append(f.Name),
        NotExpr n => FilterNames(n.Operand),
        BinaryExpr b => FilterNames(b.Left).Concat(FilterNames(b.Right)),
        _ => [],
    };
}
