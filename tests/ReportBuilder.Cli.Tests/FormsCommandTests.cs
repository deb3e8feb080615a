using System.Text.Json;
using ClosedXML.Excel;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Cli.Tests;

/// <summary><c>forms --json</c>: the Russian forms the drafts will use, stable for scripts.</summary>
public sealed class FormsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Lists_every_person_place_description_and_judge_of_the_sample_with_its_source()
    {
        var result = CliRunner.Run(_temp.Path, "forms", "-r", RepoPaths.File("templates", "sample-register.xlsx"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.All(entries, e => Assert.Equal(["kind", "where", "nominative", "source", "forms"], e.EnumerateObject().Select(p => p.Name)));
        JsonElement Find(string kind, string nominative) => entries.Single(e => e.GetProperty("kind").GetString() == kind && e.GetProperty("nominative").GetString() == nominative);

        var person = Find("person", "Еркын САБАНШИЕВ");
        Assert.Equal("Еркыну САБАНШИЕВУ", person.GetProperty("forms").GetProperty("dative").GetString());
        Assert.Equal("Еркыном САБАНШИЕВЫМ", person.GetProperty("forms").GetProperty("instrumental").GetString());
        Assert.Equal("sample-register.xlsx Persons!A2", person.GetProperty("where").GetString());
        var place = Find("place", "Шу");
        Assert.Equal(("column", "Шу"), (place.GetProperty("source").GetString(), place.GetProperty("forms").GetProperty("genitive").GetString()));
        var judge = Find("judge", "Еркебулан КЕЛЕМСЕИТОВ");
        Assert.Equal(("rule", "male"), (judge.GetProperty("source").GetString(), judge.GetProperty("forms").GetProperty("gender").GetString()));
        Assert.Equal("Еркебулану КЕЛЕМСЕИТОВУ", judge.GetProperty("forms").GetProperty("dative").GetString());
        Assert.Matches(@"^sample-register\.xlsx Events!H\d+$", judge.GetProperty("where").GetString());   // JudgeRu, the name used
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "description" && e.GetProperty("forms").GetProperty("genitive").GetString() == "гражданского активиста");
        Assert.DoesNotContain(entries, e => e.GetProperty("source").GetString() == "unsure");
    }

    /// <summary>
    /// Check register lists the forms the rules were not sure of, as Forms sheet rows with the
    /// rules' best guess; corrected and copied into the register's Forms sheet, they are confirmed.
    /// </summary>
    [Fact]
    public void Check_register_writes_the_unsure_forms_for_staff_to_confirm_once()
    {
        object?[] judged = [.. EventsHeader, "JudgeRu"];
        WorkbookBuilder Register() => new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", "SMITH", "Timur", "SMITH", "Тимур", "M", "Bila Tserkva", "Белая Церковь"), Person("P002")])
            .Sheet("Events", [judged, [.. Event("E1", "P001", new DateTime(2021, 4, 7), "search"), "Саша ЛИ"]])
            .Sheet("Articles", Articles);
        Register().Save(_temp.File("register.xlsx"));

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "checked.xlsx");

        Assert.True(result.ExitCode == 0, result.ToString());
        MarkedCopyCheck.AssertNoNewValidationErrors(File.ReadAllBytes(_temp.File("register.xlsx")), File.ReadAllBytes(_temp.File("checked.xlsx")));
        using (var workbook = new XLWorkbook(_temp.File("checked.xlsx")))
        {
            Assert.Equal(["Problems", "Forms to confirm"], workbook.Worksheets.Take(2).Select(w => w.Name));
            var sheet = workbook.Worksheet("Forms to confirm");
            Assert.Equal(["Kind", "Nominative", "Gender", "Gen", "Dat", "Acc", "Ins", "Prep"], sheet.Row(1).Cells(1, 8).Select(c => c.GetString()));
            var rows = sheet.RowsUsed().Skip(1).Select(r => (Kind: r.Cell(1).GetString(), Nominative: r.Cell(2).GetString(), Gen: r.Cell(4).GetString())).ToList();
            // Only what the rules were unsure of: not Джон ДОУ, whose forms are sure.
            Assert.Equal([("name", "Тимур SMITH", "Тимура SMITH"), ("town", "Белая Церковь", "Белая Церковь"), ("judge", "Саша ЛИ", "Саши ЛИ")],
                rows.OrderBy(r => r.Kind == "name" ? 0 : r.Kind == "town" ? 1 : 2).ToList());
        }

        // Staff correct the rows and copy them into the register's Forms sheet.
        Register().Sheet("Forms",
        [
            ["Kind", "Nominative", "Gender", "Gen"],
            ["name", "Тимур SMITH", null, "Тимура Смита"],
            ["town", "Белая Церковь", null, "Белой Церкви"],
            ["judge", "Саша ЛИ", "F", null],
        ]).Save(_temp.File("register.xlsx"));
        var forms = CliRunner.Run(_temp.Path, "forms", "-r", "register.xlsx", "--json");

        var entries = JsonDocument.Parse(forms.Out).RootElement.EnumerateArray().ToList();
        Assert.DoesNotContain(entries, e => e.GetProperty("source").GetString() == "unsure");
        var judge = entries.Single(e => e.GetProperty("kind").GetString() == "judge");
        Assert.Equal(("confirmed", "female"), (judge.GetProperty("source").GetString(), judge.GetProperty("forms").GetProperty("gender").GetString()));
        Assert.Equal("Белой Церкви", entries.Single(e => e.GetProperty("nominative").GetString() == "Белая Церковь").GetProperty("forms").GetProperty("genitive").GetString());
        // Nothing left to confirm: the next checked copy has no such sheet.
        Assert.Equal(0, CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "checked2.xlsx").ExitCode);
        using var again = new XLWorkbook(_temp.File("checked2.xlsx"));
        Assert.DoesNotContain(again.Worksheets, w => w.Name == "Forms to confirm");
    }
}
