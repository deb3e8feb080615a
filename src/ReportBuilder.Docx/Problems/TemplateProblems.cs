using ReportBuilder.Problems;

namespace ReportBuilder.Docx.Problems;

/// <summary>
/// Every kind of template problem, one factory method each; the words, with what to do about
/// it, are in ProblemTexts under the id (English and Russian).
/// </summary>
public static class TemplateProblems
{
    private static Problem Make(string id, string code, Severity severity, TemplateLocation? at, string file, string key, params ProblemArgument[] arguments) =>
        new(id, code, severity, file, null, null, null, key, [("tag", at?.Tag ?? ""), .. arguments], at);

    private static Problem Error(string id, string code, TemplateLocation at, params ProblemArgument[] arguments) =>
        Make(id, code, Severity.Error, at, at.File, id, arguments);

    private static TemplateLocation Paragraph(string file, string part, int paragraph, string text, string? opening = null) =>
        new(file, part, paragraph, "", text, opening);

    public static Problem UnclosedTag(TemplateLocation at) => Error("T001", "unclosed-tag", at);

    public static Problem UnopenedTag(TemplateLocation at) => Error("T002", "unopened-tag", at);

    /// <param name="detail">What the parser found, as it says it (in English: it quotes the tag's own syntax).</param>
    public static Problem SyntaxError(TemplateLocation at, string detail) => Error("T003", "syntax-error", at, ("detail", detail));

    public static Problem UnknownFilter(TemplateLocation at, string filter, IEnumerable<string> known) =>
        Error("T004", "unknown-filter", at, ("filter", filter), ("known", known.ToList()));

    public static Problem UnclosedBlock(TemplateLocation at, string expected) => Error("T005", "unclosed-block", at, ("expected", expected));

    public static Problem UnopenedBlock(TemplateLocation at) => Error("T006", "unopened-block", at);

    public static Problem CrossedBlocks(TemplateLocation at, string expected, TemplateLocation opened) =>
        Error("T007", "crossed-blocks", at, ("expected", expected), ("opened", opened.Tag), ("paragraph", opened.Paragraph));

    public static Problem IncompatiblePlacement(TemplateLocation at, TemplateLocation close, string detail) =>
        Error("T008", "incompatible-placement", at, ("detail", detail), ("closePart", close.Part), ("closeParagraph", close.Paragraph));

    public static Problem MisplacedElse(TemplateLocation at, string detail) => Error("T009", "misplaced-else", at, ("detail", detail));

    public static Problem MissingValue(TemplateLocation at, string path, bool strict) =>
        Make("T010", "missing-value", strict ? Severity.Error : Severity.Warning, at, at.File, strict ? "T010.Strict" : "T010", ("path", path));

    public static Problem FilterFailed(TemplateLocation at, string detail) => Error("T011", "filter-error", at, ("detail", detail));

    public static Problem TrackedChanges(string file, string part, int paragraph, int count) =>
        Make("T012", "tracked-changes", Severity.Error, Paragraph(file, part, paragraph, ""), file, "T012",
            ("count", count), ("part", part), ("paragraph", paragraph));

    public static Problem TagInComment(string file, string commentText) =>
        Make("T013", "tag-in-comment", Severity.Warning, null, file, "T013", ("comment", commentText));

    public static Problem TagAcrossBoundary(TemplateLocation at) =>
        Make("T015", "tag-across-hyperlink-or-field", Severity.Warning, at, at.File, "T015");

    public static Problem UnknownPath(TemplateLocation at, string path, string suggestion) =>
        Error("T017", "unknown-path", at, ("path", path), ("suggestion", suggestion.Length > 0 ? new LocalText("T017.Suggestion", ("suggestion", suggestion)) : new LocalText("T017.NoSuggestion")));

    public static Problem BodyOnly(TemplateLocation at, string path, LocalText where) => Error("T018", "body-only-tag", at, ("path", path), ("where", where));

    public static Problem UndefinedList(string file, string part, int paragraph, int numId, string text) =>
        Make("T016", "undefined-list", Severity.Warning, Paragraph(file, part, paragraph, text), file, "T016",
            ("paragraph", paragraph), ("part", part), ("text", text), ("list", numId));

    public static Problem NestedTooDeep(TemplateLocation at, int limit) => Error("T019", "blocks-nested-too-deep", at, ("limit", limit));

    public static Problem TooManyTagsInParagraph(string file, string part, int paragraph, string opening, int count, int limit) =>
        Make("T020", "too-many-tags-in-paragraph", Severity.Error, Paragraph(file, part, paragraph, opening, opening), file, "T020",
            ("paragraph", paragraph), ("part", part), ("opening", opening), ("count", count), ("limit", limit));

    public static Problem TooManyTags(string file, string part, int paragraph, string opening, int limit) =>
        Make("T021", "too-many-tags", Severity.Error, Paragraph(file, part, paragraph, opening, opening), file, "T021",
            ("paragraph", paragraph), ("part", part), ("opening", opening), ("limit", limit));

    public static Problem ElementsTooDeep(string file, string part, int limit) =>
        Make("T022", "elements-nested-too-deep", Severity.Error, null, file, "T022", ("file", file), ("part", part), ("limit", limit));

    public static Problem Unreadable(string file, LocalText found, LocalText hint) =>
        Make("T014", "unreadable-template", Severity.Error, null, file, "T014", ("file", file), ("found", found), ("hint", hint));
}
