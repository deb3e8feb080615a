using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReportBuilder.Register.Excel;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>
/// Changes to a workbook package, written as a new package: every part of the original is
/// copied as it is unless it was replaced, and new parts, relationships and content types are
/// added. Parts the program does not know (charts, pivot tables, macros) are copied byte for byte.
/// </summary>
internal sealed class PackageEdit(XlsxPackage package)
{
    private readonly Dictionary<string, byte[]> _replaced = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, byte[]> _added = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, XDocument> _relationships = new(StringComparer.OrdinalIgnoreCase);
    private XDocument? _contentTypes;

    public XlsxPackage Package { get; } = package;

    public bool Exists(string part) => Package.Exists(part) || _added.ContainsKey(part);

    public void Replace(string part, byte[] content) => _replaced[part] = content;

    /// <summary>Adds a new part with its content type.</summary>
    public void Add(string part, byte[] content, string contentType)
    {
        _added[part] = content;
        var types = ContentTypes();
        types.Root!.Add(new XElement(OpenXmlNames.ContentTypes + "Override",
            new XAttribute("PartName", part), new XAttribute("ContentType", contentType)));
    }

    /// <summary>The first free name of the form prefix{n}suffix, such as /xl/comments3.xml.</summary>
    public string FreeName(string prefix, string suffix)
    {
        for (var n = 1; ; n++)
        {
            var name = $"{prefix}{n}{suffix}";
            if (!Exists(name)) return name;
        }
    }

    /// <summary>Adds a relationship from source to target and returns its id.</summary>
    public string Relate(string source, string kind, string target)
    {
        var relsPart = RelationshipsPart(source);
        if (!_relationships.TryGetValue(relsPart, out var rels))
        {
            rels = Package.Exists(relsPart)
                ? Load(relsPart)
                : new XDocument(new XElement(OpenXmlNames.PackageRelationships + "Relationships"));
            _relationships[relsPart] = rels;
        }
        var ids = rels.Root!.Elements().Select(e => (string?)e.Attribute("Id")).ToHashSet(StringComparer.Ordinal);
        var id = Enumerable.Range(1, int.MaxValue).Select(n => $"rIdRB{n}").First(candidate => !ids.Contains(candidate));
        rels.Root.Add(new XElement(OpenXmlNames.PackageRelationships + "Relationship",
            new XAttribute("Id", id), new XAttribute("Type", OpenXmlNames.RelationshipType(kind)),
            new XAttribute("Target", RelativeTarget(source, target))));
        return id;
    }

    /// <summary>An XML part of the original as a document, whitespace kept.</summary>
    public XDocument Load(string part)
    {
        using var stream = Package.OpenStream(part);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    public static byte[] Serialize(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings)) document.Save(writer);
        return buffer.ToArray();
    }

    /// <summary>UTF-8 without a byte order mark, as Excel writes its parts.</summary>
    public static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false) };

    /// <summary>Writes the new package: the original's parts in their order, then the added ones.</summary>
    public void Save(Stream output)
    {
        foreach (var (relsPart, rels) in _relationships)
        {
            if (Package.Exists(relsPart)) _replaced[relsPart] = Serialize(rels);
            else _added[relsPart] = Serialize(rels);
        }
        if (_contentTypes is not null) _replaced["/[Content_Types].xml"] = Serialize(_contentTypes);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in Package.Entries)
        {
            var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            if (entry.FullName.EndsWith('/')) continue;
            using var target = copy.Open();
            if (_replaced.TryGetValue("/" + entry.FullName, out var content)) target.Write(content);
            else
            {
                using var source = entry.Open();
                source.CopyTo(target);
            }
        }
        foreach (var (part, content) in _added)
        {
            using var target = zip.CreateEntry(part.TrimStart('/'), CompressionLevel.Optimal).Open();
            target.Write(content);
        }
    }

    private XDocument ContentTypes() => _contentTypes ??= Load("/[Content_Types].xml");

    private static string RelationshipsPart(string source)
    {
        var slash = source.LastIndexOf('/');
        return source[..(slash + 1)] + "_rels/" + source[(slash + 1)..] + ".rels";
    }

    /// <summary>The target as a path relative to the source part's folder, as Excel writes them.</summary>
    private static string RelativeTarget(string source, string target)
    {
        var from = new Uri("http://package" + source);
        return Uri.UnescapeDataString(from.MakeRelativeUri(new Uri("http://package" + target)).ToString());
    }
}
