namespace ReportBuilder.Docx.Problems;

/// <summary>Every kind of template problem, one factory method each, with what to do about it.</summary>
public static class TemplateProblems
{
    private static TemplateProblem Error(string id, string code, TemplateLocation at, string message) =>
        new(id, code, ProblemSeverity.Error, at, at.File, message);

    public static TemplateProblem UnclosedTag(TemplateLocation at) => Error("T001", "unclosed-tag", at,
        "A tag opened with {{ is not closed with }} in the same paragraph. Close it; a tag cannot span paragraphs.");

    public static TemplateProblem UnopenedTag(TemplateLocation at) => Error("T002", "unopened-tag", at,
        "}} appears without an opening {{ before it in the same paragraph.");

    public static TemplateProblem SyntaxError(TemplateLocation at, string detail) => Error("T003", "syntax-error", at,
        $"The tag cannot be read: {detail}.");

    public static TemplateProblem UnknownFilter(TemplateLocation at, string filter, IEnumerable<string> known) => Error("T004", "unknown-filter", at,
        $"Unknown filter '{filter}'. Known filters: {string.Join(", ", known)}.");

    public static TemplateProblem UnclosedBlock(TemplateLocation at, string expected) => Error("T005", "unclosed-block", at,
        $"This block is never closed; add {expected} after its content.");

    public static TemplateProblem UnopenedBlock(TemplateLocation at) => Error("T006", "unopened-block", at,
        "This closing tag has no matching opening tag before it.");

    public static TemplateProblem CrossedBlocks(TemplateLocation at, string expected, TemplateLocation opened) => Error("T007", "crossed-blocks", at,
        $"This closes a block that is not the innermost open one: expected {expected} for {opened.Tag} (paragraph {opened.Paragraph}).");

    public static TemplateProblem IncompatiblePlacement(TemplateLocation at, TemplateLocation close, string detail) => Error("T008", "incompatible-placement", at,
        $"The block's opening and closing tags are in places that do not fit together ({detail}); closing tag at {close.Part} paragraph {close.Paragraph}. " +
        "Put both tags alone in their own paragraphs with the same parent, in one table row, or in one paragraph.");

    public static TemplateProblem MisplacedElse(TemplateLocation at, string detail) => Error("T009", "misplaced-else", at,
        $"This else does not fit its block: {detail}.");

    public static TemplateProblem MissingValue(TemplateLocation at, string path, bool strict) => new(
        "T010", "missing-value", strict ? ProblemSeverity.Error : ProblemSeverity.Warning, at, at.File,
        strict
            ? $"No value for '{path}', and --strict makes that an error: nothing was written. Fill the value in the data, or leave out --strict to write a marker in its place."
            : $"No value for '{path}'; the draft shows a marker in its place.");

    public static TemplateProblem FilterFailed(TemplateLocation at, string detail) => Error("T011", "filter-error", at,
        $"A filter could not be applied: {detail}.");

    public static TemplateProblem TrackedChanges(string file, string part, int paragraph, int count) => new(
        "T012", "tracked-changes", ProblemSeverity.Error, new TemplateLocation(file, part, paragraph, "", ""), file,
        $"The template has {count} tracked change(s) in {part}, first in paragraph {paragraph}. Accept or reject them in Word " +
        "(Review > Accept > Accept All Changes), save the template, and run again.");

    public static TemplateProblem TagInComment(string file, string commentText) => new(
        "T013", "tag-in-comment", ProblemSeverity.Warning, null, file,
        $"A Word comment holds a tag (\"{commentText}\"); tags in comments are not filled. Move the tag into the text, or delete the comment.");

    public static TemplateProblem TagAcrossBoundary(TemplateLocation at) => new(
        "T015", "tag-across-hyperlink-or-field", ProblemSeverity.Warning, at, at.File,
        "The tag was typed partly inside a hyperlink or field and partly outside it; its value is placed where the tag starts. " +
        "Retype the tag wholly inside or wholly outside the link or field.");

    public static TemplateProblem UnknownPath(TemplateLocation at, string path, string suggestion) => Error("T017", "unknown-path", at,
        $"'{path}' is not in the bulletin's data" + (suggestion.Length > 0 ? $"; did you mean {suggestion}?" : ".") +
        " The README lists the data the templates can use.");

    public static TemplateProblem BodyOnly(TemplateLocation at, string path, string where) => Error("T018", "body-only-tag", at,
        $"{{{{ {path} }}}} works only in the body of the document, not {where}. Move the tag into a paragraph of the body.");

    public static TemplateProblem UndefinedList(string file, string part, int paragraph, int numId, string text) => new(
        "T016", "undefined-list", ProblemSeverity.Warning, new TemplateLocation(file, part, paragraph, "", text), file,
        $"Paragraph {paragraph} of {part} (\"{text}\") is numbered with list {numId}, which the template does not define " +
        "(text pasted from another document?); it is left unnumbered. Apply a list style to it in Word (Home > Numbering).");

    public static TemplateProblem NestedTooDeep(TemplateLocation at, int limit) => Error("T019", "blocks-nested-too-deep", at,
        $"This block opens inside {limit} blocks that are still open; a template may nest at most {limit} blocks inside one another. " +
        "Close the blocks above it first (is a {{/if}} or {{/each}} missing?).");

    public static TemplateProblem TooManyTagsInParagraph(string file, string part, int paragraph, string opening, int count, int limit) => new(
        "T020", "too-many-tags-in-paragraph", ProblemSeverity.Error, new TemplateLocation(file, part, paragraph, "", opening, opening), file,
        $"Paragraph {paragraph} of {part} («{opening}») holds {count:N0} tags; a paragraph may hold at most {limit:N0}. " +
        "Split the paragraph, or repeat it with a {{#each}} block instead of typing every tag.");

    public static TemplateProblem TooManyTags(string file, string part, int paragraph, string opening, int limit) => new(
        "T021", "too-many-tags", ProblemSeverity.Error, new TemplateLocation(file, part, paragraph, "", opening, opening), file,
        $"The template holds more than {limit:N0} tags; the limit is reached at paragraph {paragraph} of {part} («{opening}»). " +
        "Repeat content with {{#each}} blocks instead of typing every tag.");

    public static TemplateProblem ElementsTooDeep(string file, string part, int limit) => new(
        "T022", "elements-nested-too-deep", ProblemSeverity.Error, null, file,
        $"Cannot read template '{file}': its part {part} nests elements more than {limit} deep (tables or text boxes inside one another), " +
        "far beyond what Word writes. Open it in Word and save it again; if that does not help, rebuild the deeply nested part.");

    public static TemplateProblem Unreadable(string file, string found, string hint) => new(
        "T014", "unreadable-template", ProblemSeverity.Error, null, file, $"Cannot read template '{file}': {found.TrimEnd('.')}. {hint}");
}
