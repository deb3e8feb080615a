using System.IO.Compression;
using System.Xml.Linq;

namespace ReportBuilder.Docx.Packaging;

/// <summary>
/// A .dotx or .dotm turned into a document by the SDK keeps its main part under a new name
/// (word/document2.xml). Word opens that, but scripts and tools look for word/document.xml,
/// as Word itself writes it: the part, its relationships and the references to it are renamed.
/// </summary>
internal static class MainPartName
{
    private const string Wanted = "word/document.xml";

    public static void Normalize(MemoryStream package)
    {
        try
        {
            package.Position = 0;
            string? current;
            using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
                current = zip.GetEntry(Wanted) is null ? MainPart(zip) : null;
            if (current is null || !current.StartsWith("word/", StringComparison.Ordinal)) return;
            package.Position = 0;
            using var update = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
            Rename(update, current);
        }
        finally
        {
            package.Position = 0;
        }
    }

    /// <summary>The main part the package relationships name, without the leading '/'.</summary>
    private static string? MainPart(ZipArchive zip) =>
        zip.GetEntry("_rels/.rels") is { } rels ? MainRelationship(XDocument.Parse(Read(rels)))?.Value.TrimStart('/') : null;

    private static XAttribute? MainRelationship(XDocument rels) =>
        rels.Root?.Elements().FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)?.Attribute("Target");

    private static void Rename(ZipArchive zip, string current)
    {
        Move(zip, zip.GetEntry(current)!, Wanted);
        if (zip.GetEntry($"word/_rels/{Path.GetFileName(current)}.rels") is { } partRels) Move(zip, partRels, "word/_rels/document.xml.rels");
        var rels = XDocument.Parse(Read(zip.GetEntry("_rels/.rels")!));
        MainRelationship(rels)!.Value = Wanted;
        Write(zip, "_rels/.rels", rels.Declaration + rels.ToString(SaveOptions.DisableFormatting));
        if (zip.GetEntry("[Content_Types].xml") is { } types)
            Write(zip, "[Content_Types].xml", Read(types).Replace($"PartName=\"/{current}\"", $"PartName=\"/{Wanted}\"", StringComparison.Ordinal));
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        zip.GetEntry(name)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open());
        writer.Write(text);
    }

    private static void Move(ZipArchive zip, ZipArchiveEntry from, string to)
    {
        using (var source = from.Open())
        using (var target = zip.CreateEntry(to, CompressionLevel.Optimal).Open())
            source.CopyTo(target);
        from.Delete();
    }
}
