using ReportBuilder.Problems;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Packaging;

/// <summary>
/// Opens a template held in memory so that every way its package can be damaged is found at
/// once and reported as T014 with what to do: the package is checked first (PackageCheck),
/// then every part's XML is loaded here, since the SDK parses lazily, and every relationship id
/// the XML uses must name one of its part's relationships.
/// </summary>
internal static class TemplatePackage
{
    internal static readonly LocalText Advice = new("T014.Hint.Damaged");

    public static WordprocessingDocument Open(MemoryStream copy, string file)
    {
        PackageCheck.Run(copy, file);
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(copy, true);
            foreach (var part in document.GetAllParts())
            {
                if (!part.ContentType.EndsWith("xml", StringComparison.OrdinalIgnoreCase) || part.RootElement is not { } root) continue;
                CheckRelationshipIds(part, root, file);
            }
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
            or KeyNotFoundException or ArgumentException or InvalidOperationException or UriFormatException or NotSupportedException)
        {
            document?.Dispose();
            // The package passed PackageCheck, so this is rare: the SDK's own words are the only detail there is.
            throw Damaged(file, "Word's file format library could not open it (" + e.Message.TrimEnd('.') + ")");
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

    internal static TemplateException Damaged(string file, string found) =>
        new([TemplateProblems.Unreadable(file, new LocalText("T014.Damaged", ("detail", found)), Advice)]);
}
