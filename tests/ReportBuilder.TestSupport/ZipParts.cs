using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ReportBuilder.TestSupport;

/// <summary>
/// A package's zip entries as bytes, in their order, to damage a workbook the way files get
/// damaged (a part cut off, a tag dropped, a part missing) and write it back as a valid zip.
/// </summary>
public sealed class ZipParts
{
    private readonly List<(string Name, byte[] Bytes)> _entries;

    private ZipParts(List<(string Name, byte[] Bytes)> entries) => _entries = entries;

    public IReadOnlyList<string> Names => [.. _entries.Select(e => e.Name)];

    public static ZipParts Read(string path) => Read(File.ReadAllBytes(path));

    public static ZipParts Read(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }
        return new ZipParts(entries);
    }

    public ZipParts Copy() => new([.. _entries.Select(e => (e.Name, e.Bytes.ToArray()))]);

    /// <summary>A part's XML as text, without the byte-order mark some writers put first.</summary>
    public string Text(string name) => Encoding.UTF8.GetString(_entries.Single(e => e.Name == name).Bytes).TrimStart('\uFEFF');

    public ZipParts SetText(string name, string text) => SetBytes(name, Encoding.UTF8.GetBytes(text));

    public ZipParts SetBytes(string name, byte[] bytes)
    {
        var i = _entries.FindIndex(e => e.Name == name);
        if (i < 0) _entries.Add((name, bytes));
        else _entries[i] = (name, bytes);
        return this;
    }

    public ZipParts Edit(string name, Func<string, string> edit) => SetText(name, edit(Text(name)));

    public ZipParts Remove(string name)
    {
        _entries.RemoveAll(e => e.Name == name);
        return this;
    }

    /// <summary>The zip entry of a sheet, found by its name through workbook.xml and its relationships.</summary>
    public string SheetEntry(string sheetName)
    {
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var workbook = XDocument.Parse(Text("xl/workbook.xml"));
        var id = (string)workbook.Descendants().First(e => e.Name.LocalName == "sheet" && (string?)e.Attribute("name") == sheetName).Attribute(r + "id")!;
        var rels = XDocument.Parse(Text("xl/_rels/workbook.xml.rels"));
        var target = (string)rels.Descendants().First(e => (string?)e.Attribute("Id") == id).Attribute("Target")!;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    public byte[] ToBytes(CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in _entries)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }

    public string Save(string path, CompressionLevel level = CompressionLevel.Optimal)
    {
        File.WriteAllBytes(path, ToBytes(level));
        return path;
    }
}
