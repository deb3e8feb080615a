using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void CopyClone() => CloneFolder.Prepare(_temp);

    [Fact]
    public void With_no_options_writes_both_drafts_then_refuses_to_overwrite_them()
    {
        CopyClone();

        var first = CliRunner.Run(_temp.Path, "generate");

        Assert.True(first.ExitCode == 0, first.ToString());
        var drafts = Directory.GetFiles(_temp.File("out"), "*.docx").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["bulletin-2021-W19.en.docx", "bulletin-2021-W19.ru.docx"], drafts);
        Assert.Contains("Period 2021-05-10..2021-05-16 (2021-W19): 2 published event(s)", first.Out, StringComparison.Ordinal);
        foreach (var draft in drafts) DocxValidation.AssertValid(_temp.File(Path.Combine("out", draft!)));
        var before = File.ReadAllBytes(_temp.File("out/bulletin-2021-W19.en.docx"));

        var second = CliRunner.Run(_temp.Path, "generate");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exist", second.Error, StringComparison.Ordinal);
        Assert.Contains("--overwrite", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_temp.File("out/bulletin-2021-W19.en.docx")));
        Assert.Empty(Directory.GetFiles(_temp.File("out"), "*.tmp"));
    }

    [Fact]
    public void A_broken_template_writes_no_draft_in_any_language_and_both_broken_are_reported_together()
    {
        CopyClone();
        // The English template has an unclosed block; the Russian one an unknown filter.
        new DocxBuilder().Body(DocxBuilder.P("{{#if x}}"), DocxBuilder.P("text")).Save(_temp.File("templates/bulletin.en.docx"));

        var oneBroken = CliRunner.Run(_temp.Path, "generate", "--period", "2021-04-07");

        Assert.Equal(1, oneBroken.ExitCode);
        Assert.False(Directory.Exists(_temp.File("out")) && Directory.EnumerateFiles(_temp.File("out")).Any(), "no draft, not even the Russian one");
        Assert.Contains("T005", oneBroken.Out, StringComparison.Ordinal);
        Assert.Contains("all languages or for none", oneBroken.Out, StringComparison.Ordinal);

        new DocxBuilder().Body(DocxBuilder.P("{{ period.text | nope }}")).Save(_temp.File("templates/bulletin.ru.docx"));
        var bothBroken = CliRunner.Run(_temp.Path, "generate", "--period", "2021-04-07");

        Assert.Equal(1, bothBroken.ExitCode);
        Assert.Contains("T005", bothBroken.Out, StringComparison.Ordinal);
        Assert.Contains("T004", bothBroken.Out, StringComparison.Ordinal);
        Assert.Contains("bulletin.en.docx", bothBroken.Out, StringComparison.Ordinal);
        Assert.Contains("bulletin.ru.docx", bothBroken.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")) && Directory.EnumerateFiles(_temp.File("out")).Any());
    }

    [Fact]
    public void Small_things_staff_meet_are_answered_plainly()
    {
        CopyClone();

        var both = CliRunner.Run(_temp.Path, "generate", "--period", "2021-04-07", "--lang", "EN", "--lang", "ru", "--out", "drafts");
        Assert.True(both.ExitCode == 0, both.ToString());
        Assert.Equal(2, Directory.GetFiles(_temp.File("drafts"), "*.docx").Length);
        Assert.Contains("this is the sample register", both.Out, StringComparison.Ordinal);
        Assert.Contains("set Register:Paths in", both.Out, StringComparison.Ordinal);

        var badDay = CliRunner.Run(_temp.Path, "generate", "--period", "2021-04-31");
        Assert.Equal(2, badDay.ExitCode);
        Assert.Contains("April 2021 has 30 days", badDay.Error, StringComparison.Ordinal);

        var unknownOption = CliRunner.Run(_temp.Path, "generate", "--bogus");
        Assert.Equal(2, unknownOption.ExitCode);
        Assert.Contains("Run 'reportbuilder generate --help'", unknownOption.Error, StringComparison.Ordinal);

        var nothing = CliRunner.Run(_temp.Path, "generate", "--period", "2021-01", "--out", "january");
        Assert.True(nothing.ExitCode == 0, nothing.ToString());
        Assert.Contains("nothing to publish in 2021-01", nothing.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_go_to_the_current_folder_when_it_has_no_settings_and_commands_print_full_paths()
    {
        // No appsettings.json here: the settings beside the program are read, but drafts and
        // templates must land where the user is, never in the program's folder.
        File.Copy(RepoPaths.File("templates", "sample-register.xlsx"), _temp.File("mine.xlsx"));

        var generated = CliRunner.Run(_temp.Path, "generate", "-r", "mine.xlsx", "--period", "2021-04-07");
        var templates = CliRunner.Run(_temp.Path, "templates", "--out", "mine");

        Assert.True(generated.ExitCode == 0, generated.ToString());
        Assert.True(File.Exists(_temp.File("out/bulletin-2021-04-07.en.docx")), generated.ToString());
        Assert.Contains(_temp.File("out/bulletin-2021-04-07.ru.docx"), generated.Out, StringComparison.Ordinal);
        Assert.True(templates.ExitCode == 0, templates.ToString());
        Assert.Contains("Wrote " + _temp.File("mine/bulletin.en.docx"), templates.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_choose_the_period_languages_and_folder()
    {
        CopyClone();

        var result = CliRunner.Run(_temp.Path, "generate", "--period", "2021-04-07", "--lang", "ru", "--out", "drafts");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["bulletin-2021-04-07.ru.docx"], Directory.GetFiles(_temp.File("drafts")).Select(Path.GetFileName));
        Assert.Contains("Багдата БАКТЫБАЕВА", DocxText.Body(_temp.File("drafts/bulletin-2021-04-07.ru.docx")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_cannot_be_read_lists_the_accepted_forms()
    {
        CopyClone();

        var result = CliRunner.Run(_temp.Path, "generate", "--period", "last week");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("2021-W14 (an ISO week)", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void A_register_with_errors_stops_generation_and_lists_them()
    {
        CopyClone();
        new WorkbookBuilder().Sheet("Persons", [PersonsHeader, Person("P001")]).Sheet("Events", [EventsHeader, Event("E1", "P404", "32.13.2021")]).Save(_temp.File("bad.xlsx"));

        var result = CliRunner.Run(_temp.Path, "generate", "--register", "bad.xlsx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.xlsx Events!C2", result.Out, StringComparison.Ordinal);
        Assert.Contains("no draft was written", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void The_register_and_templates_are_left_untouched()
    {
        CopyClone();
        var files = new[] { "templates/sample-register.xlsx", "templates/bulletin.en.docx", "templates/bulletin.ru.docx" };
        var before = files.Select(f => (File.ReadAllBytes(_temp.File(f)), File.GetLastWriteTimeUtc(_temp.File(f)))).ToList();

        Assert.Equal(0, CliRunner.Run(_temp.Path, "generate").ExitCode);
        Assert.Equal(0, CliRunner.Run(_temp.Path, "validate").ExitCode);

        var after = files.Select(f => (File.ReadAllBytes(_temp.File(f)), File.GetLastWriteTimeUtc(_temp.File(f)))).ToList();
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(before[i].Item1, after[i].Item1);
            Assert.Equal(before[i].Item2, after[i].Item2);
        }
    }
}
