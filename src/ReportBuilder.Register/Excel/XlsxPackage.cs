using ReportBuilder.Problems;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using ReportBuilder.Shared;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// The zip package of one workbook, read from one snapshot of its bytes: content types,
/// relationships and parts, each part checked whole (CRC-32 and size) as it is read. Every
/// way the packaging can be wrong (a zip the reader refuses, a part missing, a relationship
/// naming nothing, an invalid content type, a DTD) is a <see cref="DamagedPartException"/>
/// naming the part, never an exception from deep inside a library.
/// </summary>
internal sealed partial class XlsxPackage : IDisposable
{
    /// <summary>Content types of a workbook's main part (ECMA-376 and the macro-enabled variants).</summary>
    private static readonly HashSet<string> WorkbookContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly HashSet<string> _opened = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _defaultTypes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrideTypes = new(StringComparer.OrdinalIgnoreCase);

    private XlsxPackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries)
    {
        _zip = zip;
        _entries = entries;
    }

    /// <summary>The workbook part (/xl/workbook.xml), found through the package relationships.</summary>
    public string WorkbookPart { get; private set; } = "";

    /// <summary>Opens the package in bytes; throws <see cref="WorkbookUnreadableException"/> when it is a package but not a workbook.</summary>
    public static XlsxPackage Open(byte[] bytes, string file)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new DamagedPartException(new LocalText("Damage.ZipDirectory", ("detail", e.Message.TrimEnd('.'))));
        }
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        try
        {
            // The central directory is read on first use of Entries, not by the constructor.
            foreach (var entry in zip.Entries)
            {
                if (!entries.TryAdd("/" + entry.FullName, entry))
                    throw new DamagedPartException($"the zip holds the part /{entry.FullName} twice");
            }
        }
        catch (InvalidDataException e)
        {
            zip.Dispose();
            throw new DamagedPartException(new LocalText("Damage.ZipDirectory", ("detail", e.Message.TrimEnd('.'))));
        }
        var package = new XlsxPackage(zip, entries);
        var main = package.Relationships("/").FirstOrDefault(r => r.Type == "officeDocument");
        if (main is null)
            throw new WorkbookUnreadableException(file, new LocalText("RB002.ZipNotWorkbook"), new LocalText("RB002.Hint.SaveAsXlsx"));
        if (!package.Exists(main.Target)) throw new DamagedPartException($"the workbook part {main.Target} is missing", part: "/_rels/.rels");
        package.ReadContentTypes();
        var type = package.ContentType(main.Target);
        if (type is null || !WorkbookContentTypes.Contains(type))
        {
            throw new WorkbookUnreadableException(file, type is not null && type.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase)
                    ? new LocalText("RB002.WordDocument")
                    : new LocalText("RB002.NotWorkbookType", ("type", type ?? "none")),
                new LocalText("RB002.Hint.ChooseXlsx"));
        }
        package.WorkbookPart = main.Target;
        return package;
    }

    public bool Exists(string part) => _entries.ContainsKey(part);

    /// <summary>The zip entries in the order the file holds them (the marked copy keeps that order).</summary>
    public IReadOnlyCollection<ZipArchiveEntry> Entries => _zip.Entries;

    /// <summary>The part as a stream, checked against its CRC-32 when its end is read.</summary>
    public Stream OpenStream(string part)
    {
        _opened.Add(part);
        try
        {
            return CheckedPartStream.Open(Entry(part), detail => new DamagedPartException(detail));
        }
        catch (DamagedPartException e)
        {
            throw e.In(part);
        }
    }

    /// <summary>
    /// Reads every part not read yet (the sheets read elsewhere are named) to its end, checking
    /// it whole: a file with any damaged part is damaged, even where the register holds nothing,
    /// and Check register must be able to copy every part of a workbook it was given.
    /// </summary>
    public void CheckUnreadParts(IEnumerable<string> readElsewhere)
    {
        var read = new HashSet<string>(_opened.Concat(readElsewhere), StringComparer.OrdinalIgnoreCase);
        var buffer = new byte[1 << 16];
        foreach (var (part, entry) in _entries)
        {
            if (read.Contains(part) || entry.FullName.EndsWith('/')) continue;
            using var stream = OpenStream(part);
            try
            {
                while (stream.Read(buffer) > 0) { }
            }
            catch (DamagedPartException e)
            {
                throw e.In(part);
            }
        }
    }

    /// <summary>The relationships of a part (of the package itself for "/"); none when it has no relationships part.</summary>
    public IReadOnlyList<PackageRelationship> Relationships(string source)
    {
        var folder = source == "/" ? "/" : source[..(source.LastIndexOf('/') + 1)];
        var relsPart = folder + "_rels/" + (source == "/" ? "" : source[(source.LastIndexOf('/') + 1)..]) + ".rels";
        if (!Exists(relsPart)) return [];
        var list = new List<PackageRelationship>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Parse(relsPart, xml =>
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship") return;
            var id = xml.GetAttribute("Id");
            var type = xml.GetAttribute("Type");
            var target = xml.GetAttribute("Target");
            if (id is null || type is null || target is null)
                throw new DamagedPartException("a relationship lacks its Id, Type or Target", part: relsPart);
            if (!ids.Add(id)) throw new DamagedPartException($"the relationship id '{id}' is used twice", part: relsPart);
            if (xml.GetAttribute("TargetMode") == "External") return;
            list.Add(new PackageRelationship(id, type[(type.LastIndexOf('/') + 1)..], Resolve(folder, target, relsPart)));
        });
        return list;
    }

    /// <summary>The part a relationship names, which must exist.</summary>
    public string Target(IReadOnlyList<PackageRelationship> relationships, string id, string source)
    {
        var relationship = relationships.FirstOrDefault(r => r.Id == id)
            ?? throw new DamagedPartException($"it names the relationship '{id}', which does not exist", part: source);
        if (!Exists(relationship.Target))
            throw new DamagedPartException($"the part {relationship.Target} it refers to ('{id}') is missing", part: source);
        return relationship.Target;
    }

    /// <summary>Reads an XML part to its end, handing every node to visit; anything that goes wrong is a damaged part.</summary>
    public void Parse(string part, Action<XmlReader> visit)
    {
        using var stream = OpenStream(part);
        var xml = new XmlPart(stream);
        try
        {
            while (xml.Reader.Read())
            {
                if (xml.Reader.NodeType == XmlNodeType.DocumentType) throw XmlPart.DtdFound();
                visit(xml.Reader);
            }
            xml.CheckEnd();
        }
        catch (Exception e) when (xml.Damage(e, null) is { } damage)
        {
            throw damage.In(part);
        }
    }

    private void ReadContentTypes()
    {
        const string part = "/[Content_Types].xml";
        if (!Exists(part)) throw new DamagedPartException("the package has no [Content_Types].xml", part: part);
        Parse(part, xml =>
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName is not ("Default" or "Override")) return;
            var type = xml.GetAttribute("ContentType") ?? "";
            var key = xml.LocalName == "Default" ? xml.GetAttribute("Extension") : xml.GetAttribute("PartName");
            if (key is null || !MediaType().IsMatch(type))
                throw new DamagedPartException($"it declares the content type '{type}' for '{key}', which is not a valid content type", part: part);
            (xml.LocalName == "Default" ? _defaultTypes : _overrideTypes)[key] = type;
        });
    }

    private string? ContentType(string part) =>
        _overrideTypes.TryGetValue(part, out var type) ? type
        : _defaultTypes.TryGetValue(Path.GetExtension(part).TrimStart('.'), out type) ? type
        : null;

    /// <summary>The part's zip entry, refused when the zip directory says it inflates past the reader's limits.</summary>
    private ZipArchiveEntry Entry(string part)
    {
        if (!_entries.TryGetValue(part, out var entry)) throw new DamagedPartException("the part is missing", part: part);
        if (entry.Length > ReadLimits.MaxPartBytes) throw ReadLimits.PartTooLarge(entry.Length).In(part);
        if (entry.Length > ReadLimits.RatioCheckedFrom && entry.Length > (long)ReadLimits.MaxInflateRatio * entry.CompressedLength)
            throw ReadLimits.Bomb(entry.Length, entry.CompressedLength).In(part);
        return entry;
    }

    /// <summary>A relationship target as a part name: relative to the source's folder unless it starts with '/'.</summary>
    private static string Resolve(string folder, string target, string relsPart)
    {
        try
        {
            var resolved = new Uri(new Uri("http://package" + folder), target).AbsolutePath;
            return Uri.UnescapeDataString(resolved);
        }
        catch (UriFormatException)
        {
            throw new DamagedPartException($"the relationship target '{target}' is not a part name", part: relsPart);
        }
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>type/subtype with optional parameters (RFC 2616 tokens), as System.IO.Packaging requires.</summary>
    [GeneratedRegex(@"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/[!#$%&'*+\-.^_`|~0-9A-Za-z]+(\s*;\s*[!#$%&'*+\-.^_`|~0-9A-Za-z]+=([!#$%&'*+\-.^_`|~0-9A-Za-z]+|""[^""]*""))*$")]
    private static partial Regex MediaType();
}
