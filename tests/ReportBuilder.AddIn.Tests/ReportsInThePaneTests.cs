using ReportBuilder.TestSupport;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The pane offers what <c>generate --report</c> writes: the list of political prisoners as of
/// a date and a person's case file, downloaded as the bulletin's drafts are, refused in the
/// pane's words where the request is wrong.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class ReportsInThePaneTests(AddInFixture fixture)
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"));

    [Fact]
    public async Task The_list_of_political_prisoners_downloads_in_both_languages()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample);
        await pane.Page.SelectOptionAsync("#report", "prisoners");
        Assert.True(await pane.Page.Locator("#period-section").IsHiddenAsync());
        Assert.Equal("Generate the list", await pane.Text("#generate"));
        await pane.Page.FillAsync("#as-of", "2021-04-30");
        await pane.Page.ClickAsync("#generate");

        var buttons = pane.Page.Locator("#drafts button.download");
        await Eventually.Holds(async () => await buttons.CountAsync() == 2, "two download buttons");
        Assert.Equal("List of political prisoners as of 2021-04-30: 3 listed.", await pane.Text("#summary"));
        foreach (var (i, language, name) in new[] { (0, "en", "AMANOVA Dana"), (1, "ru", "АМАНОВА Дана") })
        {
            var (file, bytes) = await pane.Download(buttons.Nth(i));
            Assert.Equal($"prisoners-2021-04-30.{language}.docx", file);
            DocxValidation.AssertValid(bytes, file);
            Assert.Contains(name, DocxText.Body(new MemoryStream(bytes)), StringComparison.Ordinal);
        }
        Assert.Empty(pane.RequestsElsewhere(fixture));
    }

    [Fact]
    public async Task A_case_file_needs_its_person_and_then_downloads()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, displayLanguage: "ru-RU");
        await pane.Page.SelectOptionAsync("#report", "person");
        await pane.Page.FillAsync("#as-of", "2021-04-30");
        await pane.Page.UncheckAsync("#lang-en");
        await pane.Page.ClickAsync("#generate");
        await Eventually.Holds(async () => (await pane.Text("#status")).StartsWith("Для дела нужно указать, о ком оно.", StringComparison.Ordinal), "the refusal in Russian");
        Assert.Equal(0, await pane.Page.Locator("#drafts button.download").CountAsync());

        await pane.Page.FillAsync("#person", "Еркын Сабаншиев");
        await pane.Page.ClickAsync("#generate");
        var button = pane.Page.Locator("#drafts button.download");
        await Eventually.Holds(async () => await button.CountAsync() == 1, "the download button");
        var (file, bytes) = await pane.Download(button);
        Assert.Equal("person-P001-2021-04-30.ru.docx", file);
        DocxValidation.AssertValid(bytes, file);
        Assert.StartsWith("Дело Еркына САБАНШИЕВА", DocxText.Body(new MemoryStream(bytes)), StringComparison.Ordinal);
    }
}
