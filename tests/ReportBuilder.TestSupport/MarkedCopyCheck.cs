using ReportBuilder.Problems;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Problems;
using ReportBuilder.Register.Writing.Marking;
using Xunit;

namespace ReportBuilder.TestSupport;

/// <summary>
/// What every marked copy must be: readable by the register reader with every sheet of the
/// original holding the same values, the Problems sheet first listing every problem, every part
/// of the original still there, and no Open XML validation error the original did not have.
/// </summary>
public static class MarkedCopyCheck
{
    public static byte[] WriteAndCheck(byte[] original, string name, IReadOnlyList<Problem> problems, bool validate = true)
    {
        using var output = new MemoryStream();
        MarkedCopyWriter.Write(original, name, problems, output);
        var copy = output.ToArray();
        AssertSameSheets(original, copy, name, problems.Count);
        AssertPartsKept(original, copy);
        if (validate) AssertNoNewValidationErrors(original, copy);
        return copy;
    }

    public static void AssertSameSheets(byte[] original, byte[] copy, string name, int problems)
    {
        var before = WorkbookReader.Read(original, name, name);
        var after = WorkbookReader.Read(copy, name, name);
        Assert.Equal("Problems", after.Sheets[0].Name[..8]);
        // Notice (2 rows) and header, then one row per problem.
        Assert.Equal(3 + problems, after.Sheets[0].Rows.Count);
        Assert.Equal(before.Sheets.Select(s => s.Name), after.Sheets.Skip(1).Select(s => s.Name));
        for (var i = 0; i < before.Sheets.Count; i++)
        {
            var (expected, actual) = (before.Sheets[i], after.Sheets[i + 1]);
            Assert.Equal(expected.Rows.Select(r => r.Number), actual.Rows.Select(r => r.Number));
            for (var r = 0; r < expected.Rows.Count; r++)
            {
                var width = Math.Max(expected.Rows[r].Cells.Length, actual.Rows[r].Cells.Length);
                for (var c = 0; c < width; c++)
                    Assert.True(expected.Rows[r][c] == actual.Rows[r][c], $"{expected.Name} row {expected.Rows[r].Number} column {c + 1}: {expected.Rows[r][c]} became {actual.Rows[r][c]}");
            }
        }
    }

    /// <summary>Every part of the original is in the copy; those the marking does not touch, byte for byte.</summary>
    public static void AssertPartsKept(byte[] original, byte[] copy)
    {
        using var before = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        using var after = new ZipArchive(new MemoryStream(copy), ZipArchiveMode.Read);
        var copied = after.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in before.Entries)
        {
            Assert.True(copied.TryGetValue(entry.FullName, out var kept), $"the copy lost {entry.FullName}");
            var editable = entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal)
                || entry.FullName is "xl/workbook.xml" or "xl/styles.xml" or "[Content_Types].xml"
                || entry.FullName.Contains("comment", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".vml", StringComparison.Ordinal);
            if (!editable) Assert.True(Read(entry).AsSpan().SequenceEqual(Read(kept!)), $"{entry.FullName} changed");
        }
    }

    public static void AssertNoNewValidationErrors(byte[] original, byte[] copy)
    {
        var before = Errors(original).ToHashSet();
        var added = Errors(copy).Where(e => !before.Contains(e)).ToList();
        Assert.True(added.Count == 0, $"the marked copy has {added.Count} validation error(s) the original had not:\n" + string.Join("\n", added.Take(20)));
    }

    /// <summary>Validation errors by part and description (positions shift when a sheet is added first).</summary>
    private static IEnumerable<string> Errors(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return [.. validator.Validate(document).Select(e => $"{e.Description}")];
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
