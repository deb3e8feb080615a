using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// <c>generate --report prisoners|person</c> on the shipped settings: the shipped templates
/// beside the bulletin's are filled, both languages written and valid; a wrong person, date or
/// report is refused with its own message and exit code, and nothing is written.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_list_of_political_prisoners_as_of_a_date_in_both_languages()
    {
        var result = CliRunner.Run(RepoPaths.Root, "generate", "--report", "prisoners", "--as-of", "2021-04-30", "--out", _temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("List of political prisoners as of 2021-04-30: 3 listed.", result.Out, StringComparison.Ordinal);
        foreach (var language in new[] { "en", "ru" })
        {
            var path = _temp.File($"prisoners-2021-04-30.{language}.docx");
            DocxValidation.AssertValid(path);
            Assert.Contains(language == "en" ? "AMANOVA Dana" : "АМАНОВА Дана", DocxText.Body(path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_case_file_by_id_and_by_name_writes_the_same_file()
    {
        var byId = CliRunner.Run(RepoPaths.Root, "generate", "--report", "person", "--person", "P002", "--as-of", "2021-04-30", "--lang", "ru", "--out", _temp.File("a"));
        var byName = CliRunner.Run(RepoPaths.Root, "generate", "--report", "PERSON", "--person", "Багдат Бактыбаев", "--as-of", "30.04.2021", "--lang", "ru", "--out", _temp.File("b"));

        Assert.True(byId.ExitCode == 0, byId.ToString());
        Assert.True(byName.ExitCode == 0, byName.ToString());
        var text = DocxText.Body(_temp.File("a", "person-P002-2021-04-30.ru.docx"));
        Assert.StartsWith("Дело Багдата БАКТЫБАЕВА", text, StringComparison.Ordinal);
        Assert.Equal(text, DocxText.Body(_temp.File("b", "person-P002-2021-04-30.ru.docx")));
    }

    [Theory]
    [InlineData(1, "The register has no person 'P999'.", "--report", "person", "--person", "P999")]
    [InlineData(2, "A case file needs the person it is about.", "--report", "person")]
    [InlineData(2, "'31/05/2023' is not a date.", "--report", "prisoners", "--as-of", "31/05/2023")]
    [InlineData(2, "'prisoner' is not a report ReportBuilder writes.", "--report", "prisoner")]
    public void A_wrong_request_is_refused_with_its_message_and_nothing_is_written(int exitCode, string message, params string[] options)
    {
        var result = CliRunner.Run(RepoPaths.Root, ["generate", .. options, "--out", _temp.Path]);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Templates_writes_the_reports_templates_beside_the_bulletins()
    {
        var result = CliRunner.Run(_temp.Path, "templates", "--out", "mine");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["bulletin.en.docx", "bulletin.ru.docx", "person.en.docx", "person.ru.docx", "prisoners.en.docx", "prisoners.ru.docx"],
            Directory.GetFiles(_temp.File("mine")).Select(Path.GetFileName).Order());
        Assert.Equal(DocxText.Body(RepoPaths.File("templates", "prisoners.ru.docx")), DocxText.Body(_temp.File("mine", "prisoners.ru.docx")));
    }
}
