using ReportBuilder.Problems;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Tests;

/// <summary>
/// Every template problem, as a table: its stable id and code (what scripts and the README
/// refer to), its severity, and the words that tell staff what to do about it.
/// </summary>
public sealed class TemplateProblemCatalogueTests
{
    private static readonly TemplateLocation At = new("t.docx", "body", 3, "{{#if x}}", "before {{#if x}} after", "Opening", "Heading");

    public static TheoryData<string, Problem, string, Severity, string> Catalogue => new()
    {
        { "T001", TemplateProblems.UnclosedTag(At), "unclosed-tag", Severity.Error, "is not closed with }} in the same paragraph" },
        { "T002", TemplateProblems.UnopenedTag(At), "unopened-tag", Severity.Error, "}} appears without an opening {{" },
        { "T003", TemplateProblems.SyntaxError(At, "expected a value"), "syntax-error", Severity.Error, "The tag cannot be read: expected a value." },
        { "T004", TemplateProblems.UnknownFilter(At, "uper", ["lower", "upper"]), "unknown-filter", Severity.Error, "Unknown filter 'uper'. Known filters: lower, upper." },
        { "T005", TemplateProblems.UnclosedBlock(At, "{{/if}}"), "unclosed-block", Severity.Error, "add {{/if}} after its content" },
        { "T006", TemplateProblems.UnopenedBlock(At), "unopened-block", Severity.Error, "no matching opening tag" },
        { "T007", TemplateProblems.CrossedBlocks(At, "{{/each}}", At), "crossed-blocks", Severity.Error, "expected {{/each}} for {{#if x}} (paragraph 3)" },
        { "T008", TemplateProblems.IncompatiblePlacement(At, At, "they differ"), "incompatible-placement", Severity.Error, "(they differ); closing tag at body paragraph 3. Put both tags alone" },
        { "T009", TemplateProblems.MisplacedElse(At, "it is alone"), "misplaced-else", Severity.Error, "This else does not fit its block: it is alone." },
        { "T010", TemplateProblems.MissingValue(At, "item.name", strict: false), "missing-value", Severity.Warning, "No value for 'item.name'; the draft shows a marker in its place." },
        { "T010", TemplateProblems.MissingValue(At, "item.name", strict: true), "missing-value", Severity.Error, "--strict makes that an error: nothing was written" },
        { "T011", TemplateProblems.FilterFailed(At, "no such case"), "filter-error", Severity.Error, "A filter could not be applied: no such case." },
        { "T012", TemplateProblems.TrackedChanges("t.docx", "body", 4, 2), "tracked-changes", Severity.Error, "2 tracked change(s) in body, first in paragraph 4. Accept or reject them" },
        { "T013", TemplateProblems.TagInComment("t.docx", "{{ x }}"), "tag-in-comment", Severity.Warning, "tags in comments are not filled" },
        { "T014", TemplateProblems.Unreadable("t.docx", new LocalText("T014.System", ("detail", "it is cut off")), new LocalText("T014.Hint.SaveAsDocx")), "unreadable-template", Severity.Error, "Cannot read template 't.docx': it is cut off. Open it in Word and save it as a Word Document (.docx)." },
        { "T015", TemplateProblems.TagAcrossBoundary(At), "tag-across-hyperlink-or-field", Severity.Warning, "Retype the tag wholly inside or wholly outside" },
        { "T016", TemplateProblems.UndefinedList("t.docx", "body", 4, 42, "Item"), "undefined-list", Severity.Warning, "numbered with list 42, which the template does not define" },
        { "T017", TemplateProblems.UnknownPath(At, "item.persn", "item.person"), "unknown-path", Severity.Error, "'item.persn' is not in the bulletin's data; did you mean item.person? The README" },
        { "T017", TemplateProblems.UnknownPath(At, "zzz", ""), "unknown-path", Severity.Error, "'zzz' is not in the bulletin's data. The README" },
        { "T018", TemplateProblems.BodyOnly(At, "summary.chart", new LocalText("T018.Part", ("part", "header1"))), "body-only-tag", Severity.Error, "{{ summary.chart }} works only in the body of the document, not in header1." },
        { "T019", TemplateProblems.NestedTooDeep(At, 100), "blocks-nested-too-deep", Severity.Error, "is a {{/if}} or {{/each}} missing?" },
        { "T020", TemplateProblems.TooManyTagsInParagraph("t.docx", "body", 4, "Item", 30_000, 25_000), "too-many-tags-in-paragraph", Severity.Error, "holds 30,000 tags; a paragraph may hold at most 25,000. Split the paragraph" },
        { "T021", TemplateProblems.TooManyTags("t.docx", "body", 4, "Item", 250_000), "too-many-tags", Severity.Error, "more than 250,000 tags; the limit is reached at paragraph 4 of body («Item»). Repeat content" },
        { "T022", TemplateProblems.ElementsTooDeep("t.docx", "word/document.xml", 256), "elements-nested-too-deep", Severity.Error, "word/document.xml nests elements more than 256 deep" },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Each_problem_has_its_id_code_severity_and_says_what_to_do(string id, Problem problem, string code, Severity severity, string words)
    {
        Assert.Equal((id, code, severity, "t.docx"), (problem.Id, problem.Code, problem.Severity, problem.File));
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
    }
}
