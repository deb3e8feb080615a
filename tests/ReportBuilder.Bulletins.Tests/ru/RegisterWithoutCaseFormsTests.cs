using ClosedXML.Excel;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// Staff type names, towns and descriptions once, in the nominative: the sample register with
/// its case-form and JudgeGender columns deleted still gives the Russian reference word for
/// word (the rules write every other form), the English draft unchanged, and no note asking
/// for a form.
/// </summary>
public sealed class RegisterWithoutCaseFormsTests : IDisposable
{
    private static readonly string[] CaseColumns = ["SurnameRuGen", "GivenNameRuGen", "SurnameRuDat", "GivenNameRuDat", "CityRuGen", "DescriptionRuGen", "JudgeGender"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string StrippedRegister()
    {
        var path = _temp.File("register.xlsx");
        File.Copy(RepoPaths.File("templates", "sample-register.xlsx"), path);
        using (var workbook = new XLWorkbook(path))
        {
            foreach (var sheet in new[] { "Persons", "Events" })
            {
                var worksheet = workbook.Worksheet(sheet);
                foreach (var cell in worksheet.Row(1).CellsUsed().Where(c => CaseColumns.Contains(c.GetString())).Reverse().ToList())
                    worksheet.Column(cell.Address.ColumnNumber).Delete();
            }
            workbook.Save();
        }
        using (var check = new XLWorkbook(path))
        {
            var headers = check.Worksheets.SelectMany(s => s.Row(1).CellsUsed().Select(c => c.GetString())).ToList();
            Assert.DoesNotContain(headers, CaseColumns.Contains);
        }
        return path;
    }

    [Fact]
    public void The_russian_draft_matches_the_reference_word_for_word()
    {
        var (path, result) = DraftFixture.Generate(StrippedRegister(), _temp.Path, "2021-04-07", "ru", _temp.Path);
        var text = DocxText.Body(path).Replace('\u00A0', ' ');
        var position = 0;
        foreach (var sentence in ReferenceBulletin.Russian)
        {
            var found = text.IndexOf(sentence, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Not found (in order): {sentence}\n--- draft ---\n{text}");
            position = found + sentence.Length;
        }
        var notes = result.Notes.ByItem.Values.SelectMany(n => n).Concat(result.Notes.General).ToList();
        Assert.DoesNotContain(notes, n => n.Contains("cannot", StringComparison.Ordinal) || n.Contains("RuGen", StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_draft_is_unchanged()
    {
        var stripped = DraftFixture.Generate(StrippedRegister(), _temp.Path, "2021-04-07", "en", _temp.Path).Path;
        var full = DraftFixture.Sample("en", _temp.Path);
        Assert.Equal(DocxText.Body(full), DocxText.Body(stripped));
    }
}
