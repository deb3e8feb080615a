using ReportBuilder.Problems;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.FixUps;
using ReportBuilder.Docx.Numbering;
using ReportBuilder.Docx.Parsing;
using ReportBuilder.Docx.Problems;
using ReportBuilder.Docx.Rendering;

namespace ReportBuilder.Docx;

/// <summary>
/// Fills Word templates: lex → parse → check → render → fix-ups over every part that holds
/// text (body, headers, footers, footnotes, endnotes; text boxes inside them). The template
/// file is only read: all work happens on a copy in memory.
/// </summary>
public sealed class TemplateEngine(FilterRegistry filters, TemplateOptions options)
{
    /// <summary>Lex, parse and check only: every problem of the template, nothing rendered.</summary>
    public IReadOnlyList<Problem> Check(string templatePath) => Check(TemplateSource.FromFile(templatePath));

    /// <inheritdoc cref="Check(string)"/>
    public IReadOnlyList<Problem> Check(TemplateSource template)
    {
        using var copy = ReadTemplate(template);
        using var document = Open(copy, template.Name);
        var problems = new List<Problem>();
        Compile(document, template.Name, problems);
        return problems;
    }

    /// <summary>
    /// Fills the template with data and writes a .docx to output. finish, when given, works on
    /// the filled document before it is saved, knowing the warnings found (the bulletin layer
    /// adds comments there).
    /// </summary>
    /// <exception cref="TemplateException">The template has errors, or (strict) a value is missing.</exception>
    public RenderResult Render(string templatePath, object? data, Stream output, Action<WordprocessingDocument, IReadOnlyList<Problem>>? finish = null) =>
        Render(TemplateSource.FromFile(templatePath), data, output, finish);

    /// <inheritdoc cref="Render(string, object?, Stream, Action{WordprocessingDocument, IReadOnlyList{Problem}}?)"/>
    public RenderResult Render(TemplateSource template, object? data, Stream output, Action<WordprocessingDocument, IReadOnlyList<Problem>>? finish = null)
    {
        var file = template.Name;
        using var buffer = ReadTemplate(template);
        var problems = new List<Problem>();
        using (var document = Open(buffer, file))
        {
            MakeDocument(document);
            var parts = Compile(document, file, problems);
            if (problems.Any(p => p.Severity == Severity.Error)) throw new TemplateException(problems);

            var numbering = document.MainDocumentPart is { } main ? new ListNumbering(main) : null;
            var renderer = new Renderer(new Evaluator(filters, new FilterContext(options.Culture)), options, numbering, problems);
            var scope = Scope.Root(data);
            foreach (var part in parts)
            {
                var rendered = renderer.Render(part.Tree, scope);
                part.Root.RemoveAllChildren();
                foreach (var element in rendered) part.Root.AppendChild(element);
                TableFixUps.Apply(part.Root);
            }
            UniqueIds.Apply(parts.Select(p => p.Root));
            if (problems.Any(p => p.Severity == Severity.Error)) throw new TemplateException(problems);
            finish?.Invoke(document, problems);
            // The very last step: drawings from the template's headers, repeated content and
            // whatever the finisher added (charts) get ids unique across every part.
            UniqueIds.NumberDrawings(DocumentParts.All(document.MainDocumentPart!));
            // Disposing the document saves every part whose XML was loaded (opened for editing,
            // the SDK's AutoSave): the filled parts and whatever the finisher added.
        }
        Packaging.MainPartName.Normalize(buffer);
        buffer.CopyTo(output);
        return new RenderResult(problems);
    }

    private List<CompiledPart> Compile(WordprocessingDocument document, string file, List<Problem> problems)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is null)
            throw new TemplateException([TemplateProblems.Unreadable(file, new LocalText("T014.NoBody"), new LocalText("T014.Hint.SaveAsDocx"))]);
        var numbering = new ListNumbering(main);
        var parts = new List<CompiledPart>();
        foreach (var comment in main.WordprocessingCommentsPart?.Comments?.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>() ?? [])
        {
            if (comment.InnerText.Contains("{{", StringComparison.Ordinal)) problems.Add(TemplateProblems.TagInComment(file, comment.InnerText));
        }
        var budget = new TagBudget();
        foreach (var (name, root) in DocumentParts.WithTags(main))
        {
            parts.Add(PartCompiler.Compile(file, name, root, filters, numbering, problems, budget));
            if (budget.Exhausted) break; // reported once, where the limit was reached
        }
        if (options.Shape is { } shape && !problems.Any(p => p.Severity == Severity.Error)) PathCheck.Run(parts, shape, problems);
        CheckBodyOnly(parts, problems);
        return parts;
    }

    /// <summary>Tags whose value is replaced in the body after rendering must stand in the body, outside text boxes.</summary>
    private void CheckBodyOnly(List<CompiledPart> parts, List<Problem> problems)
    {
        if (options.BodyOnlyPaths.Count == 0) return;
        foreach (var part in parts)
        {
            foreach (var tag in part.Tags)
            {
                if (tag.Syntax is not ValueTag { Expr: PathExpr path } || !options.BodyOnlyPaths.Contains(path.Text)) continue;
                var inTextBox = tag.Run.Ancestors<DocumentFormat.OpenXml.Wordprocessing.TextBoxContent>().Any();
                if (part.Name != "body" || inTextBox)
                    problems.Add(TemplateProblems.BodyOnly(tag.Location, path.Text,
                        inTextBox ? new LocalText("T018.TextBox") : new LocalText("T018.Part", ("part", part.Name))));
            }
        }
    }

    /// <summary>A .dotx or .dotm template yields a plain .docx document (macros are not carried over).</summary>
    private static void MakeDocument(WordprocessingDocument document)
    {
        if (document.DocumentType == WordprocessingDocumentType.Document) return;
        if (document.MainDocumentPart?.VbaProjectPart is { } vba) document.MainDocumentPart.DeletePart(vba);
        document.ChangeDocumentType(WordprocessingDocumentType.Document);
    }

    /// <summary>The template's bytes in memory: the file itself is never opened for writing.</summary>
    private static MemoryStream ReadTemplate(TemplateSource template)
    {
        var file = template.Name;
        var bytes = template.ReadBytes();
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
            throw new TemplateException([TemplateProblems.Unreadable(file, new LocalText("T014.Legacy"), new LocalText("T014.Hint.Legacy"))]);
        var copy = new MemoryStream();
        copy.Write(bytes);
        copy.Position = 0;
        return copy;
    }

    private static WordprocessingDocument Open(MemoryStream copy, string file) => Packaging.TemplatePackage.Open(copy, file);
}
