using ReportBuilder.Problems;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Register.Tests.Damage;

/// <summary>
/// Copies of the sample register damaged the way files get damaged (an interrupted copy or
/// sync, a bad sector, a tool that writes broken XML): each is refused with the file, the
/// sheet or part, the row where known, and the advice; none is read as a smaller register.
/// </summary>
public sealed partial class DamagedWorkbookTests : IDisposable
{
    private const string Advice = "The file is damaged: open it in Excel and save it again, or restore it from a backup.";
    private readonly TempFolder _temp = new();
    private readonly ZipParts _sample = ZipParts.Read(RepoPaths.File("templates", "sample-register.xlsx"));

    public void Dispose() => _temp.Dispose();

    private string EventsSheet => _sample.SheetEntry("Events");

    private Problem RefusedOnce(ZipParts damaged, CompressionLevel level = CompressionLevel.Optimal) => RefusedOnce(damaged.ToBytes(level));

    private Problem RefusedOnce(byte[] bytes)
    {
        var path = _temp.File("register.xlsx");
        File.WriteAllBytes(path, bytes);
        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);
        var problem = Assert.Single(loaded.Problems.Items, p => p.Id == "RB002");
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("register.xlsx", problem.File);
        Assert.Contains(Advice, problem.Message, StringComparison.Ordinal);
        Assert.Empty(loaded.Register.Events);
        return problem;
    }

    [Fact]
    public void The_undamaged_copy_reads_all_seven_events()
    {
        var path = _sample.Copy().Save(_temp.File("register.xlsx"));
        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);
        Assert.False(loaded.Problems.HasErrors, string.Join("\n", loaded.Problems.Items));
        Assert.Equal(7, loaded.Register.Events.Count);
    }

    [Fact]
    public void An_events_sheet_cut_off_half_way_through_its_rows_is_refused()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml => xml[..xml.IndexOf("<x:row r=\"5\"", StringComparison.Ordinal)]);
        var problem = RefusedOnce(damaged);
        Assert.Equal("Events", problem.Sheet);
        Assert.Contains("cut off", problem.Message, StringComparison.Ordinal);
        Assert.Equal("4:4", problem.Cell);
    }

    [Fact]
    public void One_byte_changed_inside_a_stored_part_fails_its_checksum()
    {
        var bytes = _sample.Copy().ToBytes(CompressionLevel.NoCompression);
        // A digit of a number in the Events sheet: the zip stays readable, the value would change.
        var at = Encoding.Latin1.GetString(bytes).IndexOf("<x:v>421</x:v>", StringComparison.Ordinal);
        Assert.True(at > 0, "the sample's USD rate 421 is stored as a number");
        bytes[at + 5] = (byte)'5';
        var problem = RefusedOnce(bytes);
        Assert.Contains("checksum (CRC-32)", problem.Message, StringComparison.Ordinal);
        Assert.Equal("Rates", problem.Sheet);
    }

    [Fact]
    public void A_changed_byte_in_a_compressed_part_is_refused_too()
    {
        var bytes = _sample.Copy().ToBytes(CompressionLevel.Optimal);
        var original = RegisterLoader.Load([_sample.Copy().Save(_temp.File("ok.xlsx"))], _temp.Path, RegisterLayout.Default);
        Assert.Equal(7, original.Register.Events.Count);
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            // The middle of the Events sheet's compressed data: the local header is 30 bytes plus the name.
            var entry = zip.GetEntry(EventsSheet)!;
            Assert.True(entry.CompressedLength > 100);
        }
        var name = Encoding.ASCII.GetBytes(EventsSheet);
        var header = bytes.AsSpan().IndexOf(name) + name.Length;
        bytes[header + 80] ^= 0x10;
        var problem = RefusedOnce(bytes);
        Assert.Equal("Events", problem.Sheet);
    }

    [Fact]
    public void A_sheet_that_repeats_its_rows_with_the_same_numbers_is_refused()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml =>
        {
            var data = SheetData().Match(xml).Groups[1].Value;
            return xml.Replace(data, data + data, StringComparison.Ordinal);
        });
        var problem = RefusedOnce(damaged);
        Assert.Equal("Events", problem.Sheet);
        Assert.Contains("row 1 comes after row 8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_repeated_right_after_itself_is_refused()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml =>
        {
            var row = Row(3).Match(xml).Value;
            return xml.Replace(row, row + row, StringComparison.Ordinal);
        });
        Assert.Contains("row 3 appears twice", RefusedOnce(damaged).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_whose_closing_tag_is_missing_is_refused()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml =>
        {
            var row = Row(4).Match(xml);
            var cellEnd = row.Index + row.Value.IndexOf("</x:c>", StringComparison.Ordinal);
            return xml.Remove(cellEnd, "</x:c>".Length);
        });
        var problem = RefusedOnce(damaged);
        Assert.Equal("Events", problem.Sheet);
        Assert.Equal("4:4", problem.Cell);
        Assert.Contains("not well-formed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_id_that_does_not_exist_is_refused_without_a_stack_trace()
    {
        var damaged = _sample.Copy().Edit("xl/workbook.xml", xml => xml.Replace("r:id=\"rId3\"", "r:id=\"rId99\"", StringComparison.Ordinal));
        var problem = RefusedOnce(damaged);
        Assert.Contains("'rId99', which does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_part_is_refused()
    {
        var damaged = _sample.Copy().Remove(EventsSheet);
        Assert.Contains($"/{EventsSheet} it refers to ('rId3') is missing", RefusedOnce(damaged).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_content_type_is_refused()
    {
        var damaged = _sample.Copy().Edit("[Content_Types].xml", xml =>
            xml.Replace("application/vnd.openxmlformats-package.relationships+xml", "application relationships", StringComparison.Ordinal));
        var problem = RefusedOnce(damaged);
        Assert.Contains("'application relationships'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("[Content_Types].xml", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_with_an_entity_in_the_shared_strings_is_refused_with_its_own_message()
    {
        var damaged = _sample.Copy().Edit("xl/sharedStrings.xml", xml => xml.Replace(
            "?>", "?><!DOCTYPE sst [<!ENTITY who \"PersonId\">]>", StringComparison.Ordinal).Replace(">PersonId<", ">&who;<", StringComparison.Ordinal));
        var problem = RefusedOnce(damaged);
        Assert.Contains("document type declaration", problem.Message, StringComparison.Ordinal);
        Assert.Contains("/xl/sharedStrings.xml", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("no column", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_string_index_out_of_range_is_refused_at_its_row()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml =>
        {
            var row = Row(2).Match(xml);
            var cell = SharedStringCell().Match(xml, row.Index);
            return xml[..cell.Groups[1].Index] + "99999" + xml[(cell.Groups[1].Index + cell.Groups[1].Length)..];
        });
        var problem = RefusedOnce(damaged);
        Assert.Equal("2:2", problem.Cell);
        Assert.Contains("shared text 99999", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_reference_that_belongs_to_another_row_is_refused()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml => xml.Replace("<x:c r=\"B5\"", "<x:c r=\"B6\"", StringComparison.Ordinal));
        Assert.Contains("cell B6 is stored in row 5", RefusedOnce(damaged).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_index_out_of_range_is_refused()
    {
        var damaged = _sample.Copy().Edit(EventsSheet, xml => Regex.Replace(xml, "(<x:c r=\"A3\"[^>]*?) s=\"\\d+\"|(<x:c r=\"A3\")", "$1$2 s=\"777\"", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Contains("cell style 777", RefusedOnce(damaged).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_cut_off_while_copying_is_refused()
    {
        var bytes = _sample.Copy().ToBytes();
        var problem = RefusedOnce(bytes[..(bytes.Length * 2 / 3)]);
        Assert.Contains("zip", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999")]
    [InlineData("1E+308")]
    [InlineData("-5")]
    public void A_date_cell_holding_a_number_no_calendar_has_is_a_bad_date_at_its_cell(string number)
    {
        var path = _temp.File("dates.xlsx");
        File.Copy(RepoPaths.File("templates", "sample-register.xlsx"), path);
        XlsxPatch.FormulaCell(path, "Events", "C2", "1", number);
        var parts = ZipParts.Read(path);
        // Give the cell the date style the column's other cells have, as Excel would.
        var styled = parts.Edit(EventsSheet, xml =>
        {
            var style = Regex.Match(xml, "<x:c r=\"C3\"[^>]*? s=\"(\\d+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
            var c2 = Regex.Replace(xml, "<x:c r=\"C2\"( s=\"\\d+\")?", $"<x:c r=\"C2\" s=\"{style}\"", RegexOptions.None, TimeSpan.FromSeconds(1));
            return c2.Replace("<x:f>1</x:f>", "", StringComparison.Ordinal);
        }).Save(path);
        var loaded = RegisterLoader.Load([styled], _temp.Path, RegisterLayout.Default);
        var problem = Assert.Single(loaded.Problems.Items, p => p.Severity == Severity.Error);
        Assert.Equal(("RB007", "Events", "C2"), (problem.Id, problem.Sheet, problem.Cell));
    }

    [GeneratedRegex("<x:sheetData>(.*)</x:sheetData>", RegexOptions.Singleline)]
    private static partial Regex SheetData();

    [GeneratedRegex("<x:c [^>]*t=\"s\"[^>]*><x:v>(\\d+)</x:v>")]
    private static partial Regex SharedStringCell();

    private static Regex Row(int number) => new($"<x:row r=\"{number}\".*?</x:row>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
