using System.IO.Compression;
using System.IO.Hashing;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Packaging;

/// <summary>
/// Opens a template held in memory so that every way its package can be damaged is found at
/// once and reported as T014 with what to do: a zip the reader refuses, a part whose bytes do
/// not match their CRC-32 (the zip reader does not check it), a missing part, a relationship
/// naming nothing, an invalid content type, XML that is not well-formed. The SDK parses parts
/// lazily, so each part's XML is loaded here rather than wherever the engine first touches it.
/// </summary>
internal static class TemplatePackage
{
    private const string Advice = "The file is damaged: open it in Word and save it again as a Word Document (.docx), or restore it from a backup.";

    public static WordprocessingDocument Open(MemoryStream copy, string file)
    {
        CheckZip(copy, file);
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(copy, true);
            foreach (var part in document.GetAllParts())
            {
                if (part.ContentType.EndsWith("xml", StringComparison.OrdinalIgnoreCase) && part.RootElement is { } root)
                    CheckRelationshipIds(part, root, file);
            }
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
            or KeyNotFoundException or ArgumentException or InvalidOperationException or UriFormatException or NotSupportedException)
        {
            document?.Dispose();
            throw Damaged(file, e.Message);
        }
    }

    /// <summary>Every r:id, r:embed … in a part names one of the part's relationships (Word refuses the file otherwise).</summary>
    private static void CheckRelationshipIds(OpenXmlPart part, OpenXmlElement root, string file)
    {
        HashSet<string>? ids = null;
        foreach (var element in root.Descendants())
        {
            foreach (var attribute in element.GetAttributes())
            {
                if (attribute.NamespaceUri != RelationshipsNamespace || attribute.Value is not { Length: > 0 } id) continue;
                ids ??= [.. part.Parts.Select(p => p.RelationshipId), .. part.ExternalRelationships.Select(r => r.Id),
                    .. part.HyperlinkRelationships.Select(r => r.Id), .. part.DataPartReferenceRelationships.Select(r => r.Id)];
                if (!ids.Contains(id))
                    throw Damaged(file, $"{part.Uri} names the relationship '{id}', which does not exist");
            }
        }
    }

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Every zip entry inflates and matches the CRC-32 and size in the zip directory.</summary>
    private static void CheckZip(MemoryStream copy, string file)
    {
        try
        {
            using var zip = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true);
            var buffer = new byte[1 << 16];
            foreach (var entry in zip.Entries)
            {
                var crc = new Crc32();
                long length = 0;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    crc.Append(buffer.AsSpan(0, read));
                    length += read;
                    if (length > entry.Length) break;
                }
                if (length != entry.Length || crc.GetCurrentHashAsUInt32() != entry.Crc32)
                    throw Damaged(file, $"the part {entry.FullName} does not match its checksum (CRC-32)");
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw Damaged(file, "its zip structure is damaged (" + e.Message + ")");
        }
        finally
        {
            copy.Position = 0;
        }
    }

    private static TemplateException Damaged(string file, string found) =>
        new([TemplateProblems.Unreadable(file, "the file is damaged or is not a Word document (" + found + ")", Advice)]);
}
