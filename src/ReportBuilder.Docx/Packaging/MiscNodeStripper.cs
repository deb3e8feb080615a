using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ReportBuilder.Docx.Packaging;

/// <summary>
/// Removes XML comments and processing instructions from a template's parts before the SDK
/// reads them. Word ignores them, but the SDK stops reading a w:t's text at a comment, so a
/// comment inside a tag ("{{#if &lt;!-- --&gt;show}}") would cut the tag in two. Text on both
/// sides of a removed node joins up again, as Word shows it.
/// </summary>
internal static class MiscNodeStripper
{
    /// <summary>Rewrites the named parts of the package in place.</summary>
    public static void Strip(MemoryStream package, IReadOnlyCollection<string> parts)
    {
        if (parts.Count == 0) return;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var name in parts)
            {
                var entry = zip.GetEntry(name)!;
                byte[] stripped;
                using (var input = entry.Open()) stripped = Strip(input);
                entry.Delete();
                using var output = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                output.Write(stripped);
            }
        }
        package.Position = 0;
    }

    private static byte[] Strip(Stream input)
    {
        using var reader = XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.XmlDeclaration:
                        writer.WriteProcessingInstruction("xml", reader.Value);
                        break;
                    case XmlNodeType.Element:
                        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                        writer.WriteAttributes(reader, true);
                        if (reader.IsEmptyElement) writer.WriteEndElement();
                        break;
                    case XmlNodeType.EndElement:
                        writer.WriteFullEndElement();
                        break;
                    case XmlNodeType.Text:
                        writer.WriteString(reader.Value);
                        break;
                    case XmlNodeType.CDATA:
                        writer.WriteCData(reader.Value);
                        break;
                    case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        writer.WriteWhitespace(reader.Value);
                        break;
                    // Comments and processing instructions are what this drops.
                }
            }
        }
        return buffer.ToArray();
    }
}
