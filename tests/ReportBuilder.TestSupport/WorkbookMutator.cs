using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ReportBuilder.TestSupport;

/// <summary>The ways a workbook file gets damaged, one mutation each.</summary>
public enum MutantKind
{
    PartCutOff,
    FileCutOff,
    ByteFlipStored,
    ByteFlipDeflated,
    ClosingTagDropped,
    RowDuplicated,
    RowsReordered,
    IndexOutOfRange,
    PartMissing,
    BadContentType,
    Dtd,
    DanglingRelationship,
    EntityBroken,
    AmpersandBare,
    CharacterReferenceBad,
    Utf8Invalid,
    AttributeBroken,
    StrayMarkup,
    AttributeRepeated,
}

/// <summary>
/// Damages a workbook at random, deterministically for a seed: the mutant of (kind, seed) is
/// always the same file, so a failing case can be replayed.
/// </summary>
public static partial class WorkbookMutator
{
    /// <returns>The damaged file, or null when the workbook has nothing this kind can damage.</returns>
    public static byte[]? Mutate(ZipParts original, MutantKind kind, int seed)
    {
        var random = new Random(seed);
        var parts = original.Copy();
        var xmlParts = parts.Names.Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        var sheets = parts.Names.Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();
        string Pick(IReadOnlyList<string> list) => list[random.Next(list.Count)];
        switch (kind)
        {
            case MutantKind.PartCutOff:
            {
                var part = Pick(xmlParts);
                var text = parts.Text(part);
                return parts.SetText(part, text[..random.Next(text.Length)]).ToBytes();
            }
            case MutantKind.FileCutOff:
            {
                var bytes = parts.ToBytes();
                return bytes[..random.Next(bytes.Length)];
            }
            case MutantKind.ByteFlipStored:
            case MutantKind.ByteFlipDeflated:
            {
                var bytes = parts.ToBytes(kind == MutantKind.ByteFlipStored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            }
            case MutantKind.ClosingTagDropped:
            {
                var part = Pick(xmlParts);
                return Edit(parts, part, ClosingTag(), random, m => "");
            }
            case MutantKind.RowDuplicated:
                return Edit(parts, Pick(sheets), RowElement(), random, m => m.Value + m.Value);
            case MutantKind.RowsReordered:
            {
                var sheet = Pick(sheets);
                var rows = RowElement().Matches(parts.Text(sheet));
                if (rows.Count < 2) return null;
                var i = random.Next(rows.Count - 1);
                var text = parts.Text(sheet);
                var (a, b) = (rows[i], rows[i + 1]);
                return parts.SetText(sheet, text[..a.Index] + b.Value + a.Value + text[(b.Index + b.Length)..]).ToBytes();
            }
            case MutantKind.IndexOutOfRange:
                return random.Next(2) == 0
                    ? Edit(parts, Pick(sheets), SharedStringValue(), random, m => m.Groups[1].Value + (100_000 + random.Next(1000)) + m.Groups[3].Value)
                    : Edit(parts, Pick(sheets), StyleIndex(), random, m => $" s=\"{500 + random.Next(1000)}\"");
            case MutantKind.PartMissing:
                return parts.Remove(Pick(parts.Names)).ToBytes();
            case MutantKind.BadContentType:
                return Edit(parts, "[Content_Types].xml", ContentTypeValue(), random,
                    m => m.Groups[1].Value + (random.Next(3) switch { 0 => "", 1 => "text plain", _ => "application/" }) + "\"");
            case MutantKind.Dtd:
            {
                var part = Pick(xmlParts);
                var text = parts.Text(part);
                var at = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
                return parts.SetText(part, text[..at] + "<!DOCTYPE x [<!ENTITY e \"entity\">]>" + text[at..]).ToBytes();
            }
            case MutantKind.DanglingRelationship:
            {
                var part = Pick(xmlParts.Where(p => p.EndsWith(".rels", StringComparison.Ordinal) || p == "xl/workbook.xml").ToList());
                return Edit(parts, part, RelationshipId(), random, m => m.Groups[1].Value + "rIdX" + random.Next(100) + "\"");
            }
            case MutantKind.EntityBroken:
                // An entity XML does not define, or a defined one without its ';'.
                // (Registers whose texts hold no entity get one typed into a text.)
                return EditAnyXml(parts, xmlParts, Entity(), random, m => random.Next(2) == 0 ? "&amq;" : m.Value[..^1])
                    ?? EditAnyXml(parts, xmlParts, TextBetweenTags(), random, m => m.Value.Insert(1 + random.Next(m.Length - 2), random.Next(2) == 0 ? "&amq;" : "&lt"));
            case MutantKind.AmpersandBare:
                return EditAnyXml(parts, xmlParts, TextBetweenTags(), random, m => m.Value.Insert(1 + random.Next(m.Length - 2), "&"));
            case MutantKind.CharacterReferenceBad:
                return EditAnyXml(parts, xmlParts, TextBetweenTags(), random, m => m.Value.Insert(1 + random.Next(m.Length - 2),
                    random.Next(4) switch { 0 => "&#65", 1 => "&#x110000;", 2 => "&#xD800;", _ => "&#;" }));
            case MutantKind.Utf8Invalid:
            {
                var part = Pick(xmlParts);
                var bytes = System.Text.Encoding.UTF8.GetBytes(parts.Text(part));
                // An ASCII byte replaced: a continuation byte replaced by another would be valid
                // UTF-8 for another letter, which is an edit (the zip's CRC-32 catches it), not bad encoding.
                int at;
                do at = random.Next(bytes.Length); while (bytes[at] >= 0x80);
                bytes[at] = random.Next(3) switch { 0 => 0xFF, 1 => 0xC3, _ => 0x80 };
                return parts.SetBytes(part, bytes).ToBytes();
            }
            case MutantKind.AttributeBroken:
                return EditAnyXml(parts, xmlParts, AttributeValue(), random, m => random.Next(2) == 0 ? m.Value.Replace("=\"", "=", StringComparison.Ordinal) : m.Value[..^1]);
            case MutantKind.StrayMarkup:
                return EditAnyXml(parts, xmlParts, AttributeValue(), random, m => ">" + m.Value);
            case MutantKind.AttributeRepeated:
                return EditAnyXml(parts, xmlParts, AttributeValue(), random, m => m.Value + m.Value);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>Replaces one random match in a part; null when the part has none.</summary>
    private static byte[]? Edit(ZipParts parts, string part, Regex pattern, Random random, Func<Match, string> replace)
    {
        var text = parts.Text(part);
        var matches = pattern.Matches(text);
        if (matches.Count == 0) return null;
        var m = matches[random.Next(matches.Count)];
        return parts.SetText(part, text[..m.Index] + replace(m) + text[(m.Index + m.Length)..]).ToBytes();
    }

    /// <summary>Edits one random match in a random part that has one; null when none has.</summary>
    private static byte[]? EditAnyXml(ZipParts parts, List<string> xmlParts, Regex pattern, Random random, Func<Match, string> replace)
    {
        var candidates = xmlParts.Where(p => pattern.IsMatch(parts.Text(p))).ToList();
        return candidates.Count == 0 ? null : Edit(parts, candidates[random.Next(candidates.Count)], pattern, random, replace);
    }

    [GeneratedRegex("&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9A-Fa-f]+);")]
    private static partial Regex Entity();

    /// <summary>Text between two tags, with the tags' brackets: "&gt;text&lt;".</summary>
    [GeneratedRegex(">[^<>]{1,}<")]
    private static partial Regex TextBetweenTags();

    [GeneratedRegex(" [A-Za-z:]+=\"[^\"]*\"")]
    private static partial Regex AttributeValue();

    [GeneratedRegex("</[^>]+>")]
    private static partial Regex ClosingTag();

    [GeneratedRegex("<(?:x:)?row[ >].*?</(?:x:)?row>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex("(<(?:x:)?c [^>]*t=\"s\"[^>]*><(?:x:)?v>)(\\d+)(</)")]
    private static partial Regex SharedStringValue();

    [GeneratedRegex(" s=\"\\d+\"")]
    private static partial Regex StyleIndex();

    [GeneratedRegex("(ContentType=\")[^\"]*\"")]
    private static partial Regex ContentTypeValue();

    [GeneratedRegex("((?:r:id|Id)=\")[^\"]*\"")]
    private static partial Regex RelationshipId();

    public static string Describe(MutantKind kind) => kind switch
    {
        MutantKind.PartCutOff => "a part cut off at a random place",
        MutantKind.FileCutOff => "the file cut off at a random place",
        MutantKind.ByteFlipStored => "one bit flipped, parts stored",
        MutantKind.ByteFlipDeflated => "one bit flipped, parts deflated",
        MutantKind.ClosingTagDropped => "one end tag dropped",
        MutantKind.RowDuplicated => "a row repeated",
        MutantKind.RowsReordered => "two rows swapped",
        MutantKind.IndexOutOfRange => "a shared-string or style index out of range",
        MutantKind.PartMissing => "a part missing",
        MutantKind.BadContentType => "an invalid content type",
        MutantKind.Dtd => "a DTD with an entity",
        MutantKind.DanglingRelationship => "a relationship id changed",
        MutantKind.EntityBroken => "an entity undefined or without its ';'",
        MutantKind.AmpersandBare => "a bare '&' in text",
        MutantKind.CharacterReferenceBad => "a character reference broken or outside Unicode",
        MutantKind.Utf8Invalid => "a byte that is not UTF-8",
        MutantKind.AttributeBroken => "an attribute's quote dropped",
        MutantKind.StrayMarkup => "a stray '>' inside a tag",
        MutantKind.AttributeRepeated => "an attribute repeated",
        _ => kind.ToString(),
    };
}
