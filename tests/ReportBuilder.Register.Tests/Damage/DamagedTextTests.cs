using ReportBuilder.Problems;
using System.Text;
using System.Text.RegularExpressions;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Problems;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Register.Tests.Damage;

/// <summary>
/// Damage that keeps the XML's element structure but breaks its text: each copy of the sample
/// is refused (RB002) with the sheet or part, never read as different text; and what XML
/// allows (CDATA, character references) is read right.
/// </summary>
public sealed partial class DamagedTextTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ZipParts _sample = ZipParts.Read(RepoPaths.File("templates", "sample-register.xlsx"));

    public void Dispose() => _temp.Dispose();

    private RegisterLoadResult Load(ZipParts parts)
    {
        var path = parts.Save(_temp.File("register.xlsx"));
        return RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);
    }

    private Problem Refused(ZipParts damaged)
    {
        var loaded = Load(damaged);
        var problem = Assert.Single(loaded.Problems.Items);
        Assert.Equal(("RB002", Severity.Error), (problem.Id, problem.Severity));
        Assert.Contains("damaged", problem.Message, StringComparison.Ordinal);
        Assert.Empty(loaded.Register.Events);
        return problem;
    }

    /// <summary>Edits of the shared texts (a surname, a header): each breaks the XML, none its elements.</summary>
    [Theory]
    [InlineData(">BAKTYBAYEV<", ">BAKTY&amq;BAYEV<")]           // an entity XML does not define
    [InlineData(">CourtFeesKzt<", ">Court&FeesKzt<")]            // a bare ampersand
    [InlineData(">BAKTYBAYEV<", ">BAKTY&ampBAYEV<")]            // &amp without its ';'
    [InlineData(">BAKTYBAYEV<", ">BAKTY&#65BAYEV<")]            // a character reference without its ';'
    [InlineData(">BAKTYBAYEV<", ">BAKTY&#x110000;BAYEV<")]      // a reference past the last Unicode character
    [InlineData(">BAKTYBAYEV<", ">BAKTY&#xD800;BAYEV<")]        // a reference to half a surrogate pair
    [InlineData(">BAKTYBAYEV<", ">BAKTY&#;BAYEV<")]             // an empty reference
    [InlineData("<x:si><x:t>PersonId", "<x:si>stray<x:t>PersonId")] // text outside <t>
    public void Damaged_text_in_the_shared_texts_is_refused(string find, string replace)
    {
        Assert.Contains(find, _sample.Text("xl/sharedStrings.xml"), StringComparison.Ordinal);
        var problem = Refused(_sample.Copy().Edit("xl/sharedStrings.xml", xml => xml.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Contains("/xl/sharedStrings.xml", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_the_shared_texts_is_refused_not_read_as_a_replacement_character()
    {
        var bytes = Encoding.UTF8.GetBytes(_sample.Text("xl/sharedStrings.xml"));
        var at = bytes.AsSpan().IndexOf("BAKTYBAYEV"u8) + 5;
        bytes[at] = 0xC3; // a lead byte followed by a letter: not UTF-8
        var problem = Refused(_sample.Copy().SetBytes("xl/sharedStrings.xml", bytes));
        Assert.Contains("/xl/sharedStrings.xml", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>Edits of a cell's start tag in row 4 of Events: the damage is placed at its sheet and row.</summary>
    [Theory]
    [InlineData(" t=\"s\"", " t=s\"")]                          // a broken attribute
    [InlineData(" t=\"s\"", "> t=\"s\"")]                       // a stray '>' inside the tag
    [InlineData(" t=\"s\"", " t=\"s\" t=\"s\"")]                // an attribute twice
    public void A_damaged_cell_tag_is_refused_at_its_sheet_and_row(string find, string replace)
    {
        var sheet = _sample.SheetEntry("Events");
        var damaged = _sample.Copy().Edit(sheet, xml =>
        {
            var row = Row4().Match(xml);
            var at = row.Index + row.Value.IndexOf(find, StringComparison.Ordinal);
            return xml[..at] + replace + xml[(at + find.Length)..];
        });
        var problem = Refused(damaged);
        Assert.Equal(("Events", "4:4"), (problem.Sheet, problem.Cell));
    }

    [Fact]
    public void Cdata_and_character_references_are_read_as_the_text_they_stand_for()
    {
        var original = Load(_sample.Copy()).Register;
        var edited = Load(_sample.Copy().Edit("xl/sharedStrings.xml", xml => xml
            .Replace(">BAKTYBAYEV<", "><![CDATA[BAKTY]]>&#66;&#x41;YEV<", StringComparison.Ordinal)));
        Assert.Empty(edited.Problems.Items);
        Assert.Equal(original.Persons.Select(p => p.SurnameEn), edited.Register.Persons.Select(p => p.SurnameEn));
    }

    [GeneratedRegex("<x:row r=\"4\".*?</x:row>", RegexOptions.Singleline)]
    private static partial Regex Row4();
}
