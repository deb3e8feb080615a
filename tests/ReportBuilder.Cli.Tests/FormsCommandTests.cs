using System.Text.Json;
using ReportBuilder.TestSupport;

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
}
