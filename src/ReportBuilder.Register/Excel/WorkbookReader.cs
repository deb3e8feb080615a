using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// Opens an .xlsx read-only (and shared, so a workbook open in Excel can still be read) and
/// reads every sheet through the part readers. Files that are not workbooks are recognised
/// by their first bytes and reported with what they are and what to do.
/// </summary>
public static class WorkbookReader
{
    public static RawWorkbook Read(string path, string? displayName = null)
    {
        var name = displayName ?? Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WorkbookUnreadableException(name, e is FileNotFoundException ? "the file does not exist" : e.Message,
                "Check the path in appsettings.json (Register:Paths) or on the command line.", e);
        }
        using (stream)
        {
            FileSignature.Check(stream, name);
            try
            {
                using var document = SpreadsheetDocument.Open(stream, false);
                return ReadDocument(document, name, Path.GetFullPath(path));
            }
            catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException or AggregateException)
            {
                throw new WorkbookUnreadableException(name, "the file is damaged or is not an Excel workbook (" + e.Message + ")",
                    "Open it in Excel and save it again as an Excel Workbook (.xlsx).", e);
            }
        }
    }

    private static RawWorkbook ReadDocument(SpreadsheetDocument document, string name, string fullPath)
    {
        var workbookPart = document.WorkbookPart
            ?? throw new WorkbookUnreadableException(name, "it is a zip file but not an Excel workbook (it has no workbook part)", "Open it in Excel and save it as an Excel Workbook (.xlsx).");
        var workbook = WorkbookPartReader.Read(workbookPart.GetStream(FileMode.Open, FileAccess.Read));
        var sharedStrings = workbookPart.SharedStringTablePart is { } sst
            ? SharedStringsReader.Read(sst.GetStream(FileMode.Open, FileAccess.Read))
            : [];
        var dateStyles = StylesReader.ReadDateStyles(workbookPart.WorkbookStylesPart?.GetStream(FileMode.Open, FileAccess.Read));

        var parts = new List<(string Name, string Entry, List<ExcelTable> Tables)>();
        foreach (var (sheetName, relationshipId) in workbook.Sheets)
        {
            if (workbookPart.GetPartById(relationshipId) is not WorksheetPart part) continue; // chart sheets, dialog sheets
            var tables = part.TableDefinitionParts
                .Select(t => TableReader.Read(t.GetStream(FileMode.Open, FileAccess.Read)))
                .OfType<ExcelTable>()
                .ToList();
            parts.Add((sheetName, part.Uri.OriginalString.TrimStart('/'), tables));
        }

        // The sheets are the bulk of the work: each is inflated and scanned on its own zip handle,
        // in parallel, since one zip stream cannot be shared between threads.
        var rows = new List<RawRow>[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            using var file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            var entry = zip.GetEntry(parts[i].Entry) ?? zip.Entries.First(e => string.Equals(e.FullName, parts[i].Entry, StringComparison.OrdinalIgnoreCase));
            using var stream = entry.Open();
            rows[i] = new WorksheetReader(sharedStrings, dateStyles, workbook.Date1904).Read(stream);
        });
        return new RawWorkbook(name, fullPath, [.. parts.Select((p, i) => new RawSheet(p.Name, rows[i], p.Tables))]);
    }
}
