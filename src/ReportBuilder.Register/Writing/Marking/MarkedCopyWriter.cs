using ReportBuilder.Problems;
using System.Text;
using System.Xml.Linq;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// Check register's marked copy, made from the very bytes that were validated by adding to
/// the workbook's package: each problem's cell filled (red for an error, yellow for a warning)
/// with a comment holding its messages, and a first sheet listing every problem with a link to
/// its cell, under a notice in English and Russian that corrections belong in the original.
/// Nothing is re-saved through a library, so charts, pivot tables, validation and parts this
/// program does not know are kept as they were, and any workbook the reader accepts can be marked.
/// </summary>
public static class MarkedCopyWriter
{
    /// <param name="workbook">The bytes the register was read from.</param>
    /// <param name="original">The original's path, named in the notice.</param>
    /// <param name="problems">The problems of this workbook.</param>
    /// <param name="language">The language of the problems' words (the notice on top is in both).</param>
    /// <param name="forms">Russian forms the rules were not sure of, for a "Forms to confirm" sheet; none, no sheet.</param>
    public static void Write(byte[] workbook, string original, IReadOnlyList<Problem> problems, Stream output, UiLanguage language = UiLanguage.English,
        IReadOnlyList<FormToConfirm>? forms = null)
    {
        using var package = XlsxPackage.Open(workbook, Path.GetFileName(original));
        var edit = new PackageEdit(package);
        var workbookPart = package.WorkbookPart;
        var relationships = package.Relationships(workbookPart);
        var stylesPart = relationships.FirstOrDefault(r => r.Type == "styles" && package.Exists(r.Target))?.Target;
        var styles = StylesEdit.From(stylesPart is null ? null : edit.Load(stylesPart));
        var marks = CellMarks.Of(problems, language);
        var sheets = WorkbookPartReader.Read(package, workbookPart).Sheets;
        var block = CommentsEdit.FreeBlock(package.Entries
            .Where(e => e.FullName.EndsWith(".vml", StringComparison.OrdinalIgnoreCase))
            .Select(e => Vml(package, "/" + e.FullName)));
        foreach (var (name, relationshipId) in sheets)
        {
            var part = package.Target(relationships, relationshipId, workbookPart);
            var sheetMarks = marks.GetValueOrDefault(name) ?? [];
            SheetEdit.Scan scan;
            using (var stream = package.OpenStream(part)) scan = SheetEdit.Read(stream);
            if (sheetMarks.Count == 0 && !scan.Selected) continue;
            var legacyDrawingId = sheetMarks.Count == 0 ? null : AddComments(edit, part, sheetMarks.Values, scan, ref block);
            using var output1 = new MemoryStream();
            using (var stream = package.OpenStream(part))
                SheetEdit.Write(stream, output1, sheetMarks, (own, mark) => styles.Marked(own, mark.Severity), legacyDrawingId);
            edit.Replace(part, output1.ToArray());
        }

        var workbookXml = edit.Load(workbookPart);
        if (forms is { Count: > 0 })
        {
            var formsPart = edit.FreeName("/xl/worksheets/sheet", ".xml");
            edit.Add(formsPart, PackageEdit.Serialize(FormsToConfirmSheet.Build(forms, styles)), OpenXmlNames.WorksheetType);
            // Put first now, so that the Problems sheet, put first after it, comes before it.
            WorkbookEdit.PutFirst(workbookXml, WorkbookEdit.FreeSheetName(workbookXml, "Forms to confirm"), edit.Relate(workbookPart, "worksheet", formsPart));
        }
        var sheetName = WorkbookEdit.FreeSheetName(workbookXml, "Problems");
        var problemsPart = edit.FreeName("/xl/worksheets/sheet", ".xml");
        var names = sheets.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        edit.Add(problemsPart, PackageEdit.Serialize(ProblemsSheet.Build(original, problems, names, styles, language)), OpenXmlNames.WorksheetType);
        WorkbookEdit.PutFirst(workbookXml, sheetName, edit.Relate(workbookPart, "worksheet", problemsPart));
        edit.Replace(workbookPart, PackageEdit.Serialize(workbookXml));

        if (stylesPart is not null) edit.Replace(stylesPart, PackageEdit.Serialize(styles.Document));
        else
        {
            stylesPart = edit.FreeName("/xl/styles", ".xml");
            edit.Add(stylesPart, PackageEdit.Serialize(styles.Document), OpenXmlNames.StylesType);
            edit.Relate(workbookPart, "styles", stylesPart);
        }
        edit.Save(output);
    }

    /// <summary>
    /// The comments for a sheet's marks, in its comments part and VML drawing (existing or new);
    /// returns the relationship id of a legacyDrawing the sheet must gain, or null when it has one.
    /// </summary>
    private static string? AddComments(PackageEdit edit, string sheetPart, IEnumerable<CellMark> marks, SheetEdit.Scan scan, ref int block)
    {
        var package = edit.Package;
        var sheetRelationships = package.Relationships(sheetPart);
        var commentsPart = sheetRelationships.FirstOrDefault(r => r.Type == "comments" && package.Exists(r.Target))?.Target;
        var comments = commentsPart is null ? CommentsEdit.NewComments() : edit.Load(commentsPart);
        var needShapes = CommentsEdit.AddNotes(comments, marks);
        var drawingPart = scan.LegacyDrawingId is { } id ? sheetRelationships.FirstOrDefault(r => r.Id == id && package.Exists(r.Target))?.Target : null;
        string? newLegacyDrawing = null;
        if (drawingPart is not null)
        {
            if (needShapes.Count > 0)
            {
                // A drawing that does not end as VML does keeps its shapes; the notes are still on the Problems sheet.
                if (CommentsEdit.ExtendDrawing(Vml(package, drawingPart), needShapes, block++) is not { } extended) return null;
                edit.Replace(drawingPart, Encoding.Latin1.GetBytes(extended));
            }
        }
        else if (scan.LegacyDrawingId is null)
        {
            drawingPart = edit.FreeName("/xl/drawings/vmlDrawing", ".vml");
            edit.Add(drawingPart, Encoding.UTF8.GetBytes(CommentsEdit.NewDrawing(needShapes, block++)), OpenXmlNames.VmlType);
            newLegacyDrawing = edit.Relate(sheetPart, "vmlDrawing", drawingPart);
        }
        else return null;
        if (commentsPart is null)
        {
            commentsPart = edit.FreeName("/xl/comments", ".xml");
            edit.Add(commentsPart, PackageEdit.Serialize(comments), OpenXmlNames.CommentsType);
            edit.Relate(sheetPart, "comments", commentsPart);
        }
        else edit.Replace(commentsPart, PackageEdit.Serialize(comments));
        return newLegacyDrawing;
    }

    /// <summary>
    /// A VML drawing's text, one character per byte: VML may be in any encoding, and what is
    /// added is ASCII, so writing it back the same way leaves every byte of the original as it was.
    /// </summary>
    private static string Vml(XlsxPackage package, string part)
    {
        using var reader = new StreamReader(package.OpenStream(part), Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
