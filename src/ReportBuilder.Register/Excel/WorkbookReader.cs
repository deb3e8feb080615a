using ReportBuilder.Problems;
using ReportBuilder.Shared;
namespace ReportBuilder.Register.Excel;

/// <summary>
/// Reads a workbook's sheets through the part readers. Files that are not workbooks are
/// recognised by their first bytes; damaged ones are refused with the part, sheet and row.
/// </summary>
public static class WorkbookReader
{

    /// <summary>
    /// Reads the file once, whole, through one handle (read-only and shared, so a workbook open
    /// in Excel can still be read), and every part from those bytes: the sheets read in
    /// parallel all see one version of the file. A file replaced while it is read (Excel's
    /// save and sync clients write a new file and rename it) keeps its old bytes behind our
    /// handle; one rewritten in place fails the zip directory or the parts' CRC-32 checks.
    /// </summary>
    public static RawWorkbook Read(string path, string? displayName = null)
    {
        var name = displayName ?? Path.GetFileName(path);
        return Read(ReadBytes(path, name), name, Path.GetFullPath(path));
    }

    /// <summary>The file's bytes, read once through a shared read-only handle.</summary>
    /// <exception cref="WorkbookUnreadableException">The file cannot be read.</exception>
    public static byte[] ReadBytes(string path, string name)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WorkbookUnreadableException(name, e is FileNotFoundException ? new LocalText("RB002.NoFile") : new LocalText("RB002.System", ("detail", e.Message.TrimEnd('.'))),
                new LocalText("RB002.Hint.Path"), inner: e);
        }
    }

    /// <summary>Reads a workbook held in memory (the add-in's, or a file already read).</summary>
    public static RawWorkbook Read(byte[] bytes, string name, string fullPath)
    {
        FileSignature.Check(bytes, name);
        var sheetOfPart = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var package = XlsxPackage.Open(bytes, name);
            return ReadPackage(package, bytes, name, fullPath, sheetOfPart);
        }
        catch (DamagedPartException e)
        {
            var sheet = e.Part is not null && sheetOfPart.TryGetValue(e.Part, out var s) ? s : null;
            var where = sheet is not null ? new LocalText("Where.Sheet", ("sheet", sheet))
                : e.Part is not null ? new LocalText("Where.Part", ("part", e.Part))
                : new LocalText("Where.Zip");
            var at = e.Row is { } r ? new LocalText("Where.AtRow", ("where", where), ("row", r)) : where;
            // The detail (what exactly is wrong in the XML or zip) stays as written: it is for whoever repairs the file.
            throw e.IsLimit
                ? new WorkbookUnreadableException(name, new LocalText("RB002.TooLarge", ("where", at), ("detail", e.Detail)), new LocalText("RB002.Hint.Limit"), sheet, null, e)
                : new WorkbookUnreadableException(name, new LocalText("RB002.Damaged", ("where", at), ("detail", e.Detail)), new LocalText("RB002.Hint.Damaged"), sheet,
                    e.Row is { } n ? $"{n}:{n}" : null, e);
        }
    }

    private static RawWorkbook ReadPackage(XlsxPackage package, byte[] bytes, string name, string fullPath, Dictionary<string, string> sheetOfPart)
    {
        var workbookPart = package.WorkbookPart;
        var workbook = WorkbookPartReader.Read(package, workbookPart);
        var relationships = package.Relationships(workbookPart);
        var sharedStrings = OptionalPart(package, relationships, "sharedStrings") is { } sst
            ? ReadStream(package, sst, SharedStringsReader.Read)
            : [];
        var dateStyles = StylesReader.ReadDateStyles(package, OptionalPart(package, relationships, "styles"));

        var parts = new List<(string Name, string Part, List<ExcelTable> Tables)>();
        foreach (var (sheetName, relationshipId) in workbook.Sheets)
        {
            var part = package.Target(relationships, relationshipId, workbookPart);
            sheetOfPart[part] = sheetName;
            if (relationships.First(r => r.Id == relationshipId).Type != "worksheet") continue; // chart sheets, dialog sheets
            var tables = package.Relationships(part)
                .Where(r => r.Type == "table")
                .Select(r => TableReader.Read(package, package.Target([r], r.Id, part)))
                .OfType<ExcelTable>()
                .ToList();
            parts.Add((sheetName, part, tables));
        }

        // The sheets are the bulk of the work: each is inflated and scanned in parallel, on its
        // own zip reader over the same bytes, since one zip stream cannot be shared between threads.
        var sheets = new RawSheet[parts.Count];
        try
        {
            ParallelWork.For(parts.Count, i =>
            {
                using var own = XlsxPackage.Open(bytes, name);
                var reader = new WorksheetReader(sharedStrings, dateStyles, workbook.Date1904);
                var rows = ReadStream(own, parts[i].Part, reader.Read);
                sheets[i] = new RawSheet(parts[i].Name, rows, parts[i].Tables, reader.WideMerges);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<DamagedPartException>().FirstOrDefault() is { } damaged)
        {
            throw damaged;
        }
        package.CheckUnreadParts(parts.Select(p => p.Part));
        return new RawWorkbook(name, fullPath, sheets) { Bytes = bytes };
    }

    /// <summary>The part of a relationship type the workbook may have at most once (shared strings, styles).</summary>
    private static string? OptionalPart(XlsxPackage package, IReadOnlyList<PackageRelationship> relationships, string type) =>
        relationships.FirstOrDefault(r => r.Type == type) is { } r ? package.Target(relationships, r.Id, package.WorkbookPart) : null;

    private static T ReadStream<T>(XlsxPackage package, string part, Func<Stream, T> read)
    {
        try
        {
            using var stream = package.OpenStream(part);
            return read(stream);
        }
        catch (DamagedPartException e)
        {
            throw e.In(part);
        }
    }
}
