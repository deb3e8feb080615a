using ReportBuilder.TestSupport;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// In Excel for Windows the pane saves a draft through the save dialog (File System Access
/// API), which WebView2 has, rather than a download that its web view may drop; where the
/// dialog is refused it falls back to the download, and a closed dialog is said, not silent.
/// The dialog is a double here (a headless browser shows none), recording what was written.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class SavingDraftsTests(AddInFixture fixture)
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"));

    /// <summary>showSaveFilePicker, answering as the test says: save (record the bytes), or throw an error of that name.</summary>
    private const string SaveDialog = """
        window.savedByDialog = [];
        window.showSaveFilePicker = async options => {
          if (window.dialogAnswer) { const e = new Error('the dialog answered ' + window.dialogAnswer); e.name = window.dialogAnswer; throw e; }
          const chunks = [];
          return { createWritable: async () => ({
            write: async data => chunks.push(...new Uint8Array(data.buffer ?? data)),
            close: async () => window.savedByDialog.push({ name: options.suggestedName, bytes: chunks }),
          }) };
        };
        """;

    [Fact]
    public async Task In_Excel_for_Windows_a_draft_is_saved_through_the_save_dialog()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, platform: "PC", initScript: SaveDialog);
        await GenerateEnglish(pane);
        var downloads = 0;
        pane.Page.Download += (_, _) => downloads++;

        await pane.Page.ClickAsync("#drafts button.download");

        await Eventually.Holds(async () => await pane.Page.EvaluateAsync<int>("() => window.savedByDialog.length") == 1, "the dialog saved the draft");
        Assert.Equal("bulletin-2021-04-07.en.docx", await pane.Page.EvaluateAsync<string>("() => window.savedByDialog[0].name"));
        var bytes = (await pane.Page.EvaluateAsync<int[]>("() => window.savedByDialog[0].bytes")).Select(b => (byte)b).ToArray();
        DocxValidation.AssertValid(bytes, "saved.docx");
        Assert.Equal("bulletin-2021-04-07.en.docx saved.", await pane.Text("#status"));
        Assert.Equal(0, downloads);
    }

    [Fact]
    public async Task Where_the_web_view_refuses_the_dialog_the_draft_is_downloaded()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, platform: "PC", initScript: SaveDialog + "window.dialogAnswer = 'SecurityError';");
        await GenerateEnglish(pane);

        var (name, bytes) = await pane.Download(pane.Page.Locator("#drafts button.download"));

        Assert.Equal("bulletin-2021-04-07.en.docx", name);
        DocxValidation.AssertValid(bytes, name);
    }

    [Fact]
    public async Task A_closed_dialog_is_said_and_nothing_is_downloaded()
    {
        await using var pane = await TaskPane.Open(fixture, "register.xlsx", Sample, platform: "PC", displayLanguage: "ru-RU", initScript: SaveDialog + "window.dialogAnswer = 'AbortError';");
        await GenerateEnglish(pane);
        var downloads = 0;
        pane.Page.Download += (_, _) => downloads++;

        await pane.Page.ClickAsync("#drafts button.download");

        await Eventually.Holds(async () => (await pane.Text("#status")).Contains("не сохранён", StringComparison.Ordinal), "the pane says the draft was not saved");
        Assert.Equal(0, downloads);
    }

    private static async Task GenerateEnglish(TaskPane pane)
    {
        await pane.Page.SelectOptionAsync("#period-kind", "day");
        await pane.Page.FillAsync("#period-day", "2021-04-07");
        await pane.Page.UncheckAsync("#lang-ru");
        await pane.Page.ClickAsync("#generate");
        await Eventually.Holds(async () => await pane.Page.Locator("#drafts button.download").CountAsync() == 1, "the download button");
    }
}
