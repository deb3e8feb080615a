using ReportBuilder.Problems;
using System.IO.Compression;
using System.Xml;
using ReportBuilder.Docx.Parsing;
using ReportBuilder.Docx.Problems;
using ReportBuilder.Shared;

namespace ReportBuilder.Docx.Packaging;

/// <summary>
/// Checks a template's zip package before the Open XML SDK sees it, so that damage is told in
/// plain words naming the part: a zip that cannot be read, a part whose bytes do not match
/// their CRC-32 (the zip reader does not check it), a part without a content type, a
/// relationship to a part that is missing, XML that is cut off or broken (with its line), a
/// DTD, elements nested past <see cref="TemplateLimits.MaxElementDepth"/>. Parts with XML
/// comments or processing instructions are then rewritten without them (MiscNodeStripper).
/// </summary>
internal static class PackageCheck
{
    private const string ContentTypesPart = "[Content_Types].xml";

    public static void Run(MemoryStream copy, string file)
    {
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (!bytes.StartsWith("PK"u8))
            throw new TemplateException([TemplateProblems.Unreadable(file, new LocalText("T014.NotZip"), new LocalText("T014.Hint.ChooseDocx"))]);
        try
        {
            using var zip = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true);
            var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                if (!parts.TryAdd(entry.FullName, entry)) throw Damaged(file, $"the zip holds the part {entry.FullName} twice");
                CheckBytes(entry, file);
            }
            if (!parts.TryGetValue(ContentTypesPart, out var typesEntry))
                throw Damaged(file, "it has no [Content_Types].xml, the list of what each part is");
            var (defaults, overrides) = ContentTypes(typesEntry, file);
            var withMiscNodes = new List<string>();
            foreach (var (name, entry) in parts)
            {
                if (name == ContentTypesPart) continue;
                var extension = Path.GetExtension(name).TrimStart('.');
                if (!overrides.Contains("/" + name) && !defaults.Contains(extension))
                    throw Damaged(file, $"the part {name} has no content type in [Content_Types].xml");
                if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) CheckRelationships(name, entry, parts, file);
                else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    var misc = false;
                    ReadXml(entry, file, xml => misc |= xml.NodeType is XmlNodeType.Comment or XmlNodeType.ProcessingInstruction);
                    if (misc) withMiscNodes.Add(entry.FullName);
                }
            }
            if (!parts.ContainsKey("_rels/.rels")) throw Damaged(file, "it has no _rels/.rels, which names the document's main part");
            zip.Dispose();
            MiscNodeStripper.Strip(copy, withMiscNodes);
        }
        catch (InvalidDataException)
        {
            throw Damaged(file, "its zip structure is damaged (the file may have been cut off while copying)");
        }
        finally
        {
            copy.Position = 0;
        }
    }

    /// <summary>Every entry inflates and matches the CRC-32 and size in the zip directory.</summary>
    private static void CheckBytes(ZipArchiveEntry entry, string file)
    {
        var buffer = new byte[1 << 16];
        using var stream = CheckedPartStream.Open(entry, detail => Damaged(file, $"the part {entry.FullName}: {detail}"));
        while (stream.Read(buffer) > 0) { }
    }

    private static (HashSet<string> Defaults, HashSet<string> Overrides) ContentTypes(ZipArchiveEntry entry, string file)
    {
        var defaults = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ReadXml(entry, file, xml =>
        {
            if (xml.NodeType != XmlNodeType.Element) return;
            var type = xml.GetAttribute("ContentType");
            if (xml.LocalName is "Default" or "Override" && (type is null || !type.Contains('/', StringComparison.Ordinal) || type.Contains(' ', StringComparison.Ordinal)))
                throw Damaged(file, $"[Content_Types].xml gives '{type}' as a content type, which is not one");
            if (xml.LocalName == "Default" && xml.GetAttribute("Extension") is { } extension) defaults.Add(extension);
            if (xml.LocalName == "Override" && xml.GetAttribute("PartName") is { } part) overrides.Add(Uri.UnescapeDataString(part));
        });
        return (defaults, overrides);
    }

    /// <summary>Every internal relationship targets a part the zip holds.</summary>
    private static void CheckRelationships(string name, ZipArchiveEntry entry, Dictionary<string, ZipArchiveEntry> parts, string file)
    {
        // _rels/.rels belongs to the package; word/_rels/document.xml.rels to word/document.xml.
        var source = name == "_rels/.rels" ? "" : name.Replace("_rels/", "", StringComparison.Ordinal)[..^".rels".Length];
        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : "";
        ReadXml(entry, file, xml =>
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.GetAttribute("TargetMode") == "External") return;
            var target = xml.GetAttribute("Target") ?? "";
            string part;
            try
            {
                part = Uri.UnescapeDataString(new Uri(new Uri("http://package/" + folder), target).AbsolutePath).TrimStart('/');
            }
            catch (UriFormatException)
            {
                throw Damaged(file, $"{name} names '{target}', which is not a part name");
            }
            if (!parts.ContainsKey(part))
                throw Damaged(file, $"{(source.Length == 0 ? "the package" : "the part " + source)} refers to the part {part}, which is missing from the file");
        });
    }

    /// <summary>Reads a part's XML to its end, handing each node to visit; damage and depth are reported in plain words.</summary>
    private static void ReadXml(ZipArchiveEntry entry, string file, Action<XmlReader> visit)
    {
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings);
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.DocumentType) throw Dtd(file, entry.FullName);
                if (xml.Depth > TemplateLimits.MaxElementDepth)
                    throw new TemplateException([TemplateProblems.ElementsTooDeep(file, entry.FullName, TemplateLimits.MaxElementDepth)]);
                visit(xml);
            }
        }
        catch (XmlException e)
        {
            throw Damaged(file, $"the part {entry.FullName} is cut off or its XML is broken (line {e.LineNumber}, position {e.LinePosition})");
        }
    }

    /// <summary>DTDs are parsed only to be refused by name: Word never writes one, and an entity could expand without end.</summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Parse,
        MaxCharactersFromEntities = 1 << 16,
        XmlResolver = null,
        CloseInput = false,
    };

    private static TemplateException Dtd(string file, string part) =>
        new([TemplateProblems.Unreadable(file, new LocalText("T014.Dtd", ("part", part)), TemplatePackage.Advice)]);

    private static TemplateException Damaged(string file, string found) => TemplatePackage.Damaged(file, found);
}
