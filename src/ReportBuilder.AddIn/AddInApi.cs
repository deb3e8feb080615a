using ReportBuilder.Problems;
using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using System.Text.Json;
using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Bulletins.Templates;

namespace ReportBuilder.AddIn;

/// <summary>
/// The JavaScript API of the engine (engine.js wraps it): hand over workbooks and templates,
/// check the register, generate, fetch each draft. Results are JSON strings; bytes are
/// Uint8Arrays. Everything runs in the page: nothing is sent anywhere.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class AddInApi
{
    private static readonly AddInSession Session = new(StageToPane.Instance);

    /// <summary>The language of the pane (a culture name: Office's display language), for problems and hints.</summary>
    [JSExport]
    public static void SetUiLanguage(string cultureName) => Session.Language = UiLanguages.For(cultureName);

    /// <summary>
    /// Staff's settings file (appsettings.json, chosen once in the pane): the sheet and column
    /// names and the missing-value marker, read as the command line reads them. JSON { ok, problem }.
    /// </summary>
    [JSExport]
    public static string UseSettings(string name, byte[] bytes) => JsonSerializer.Serialize(Session.UseSettings(name, bytes), ReportJson.Default.SettingsReport);

    /// <summary>Back to the built-in names.</summary>
    [JSExport]
    public static void ClearSettings() => Session.ClearSettings();

    /// <summary>Keeps a workbook's bytes in the engine (the page need not): its id for <see cref="UseWorkbooks"/>.</summary>
    [JSExport]
    public static int KeepWorkbook(byte[] bytes) => Session.Keep(bytes);

    /// <summary>Lets a kept workbook go (removed from the pane, or the open one once read).</summary>
    [JSExport]
    public static void ForgetWorkbook(int id) => Session.Forget(id);

    /// <summary>The kept workbooks the next check reads, in order, with the names problems give them.</summary>
    [JSExport]
    public static void UseWorkbooks(string[] names, int[] ids) => Session.UseWorkbooks(names, ids);

    [JSExport]
    public static void SetTemplate(string language, string name, byte[] bytes) => Session.SetTemplate(language, name, bytes);

    [JSExport]
    public static void ClearTemplate(string language) => Session.ClearTemplate(language);

    /// <summary>Reads and checks the register: JSON { problems, errors, warnings, persons, events }.</summary>
    [JSExport]
    public static string CheckRegister() => JsonSerializer.Serialize(Session.Check(), ReportJson.Default.RegisterReport);

    /// <summary>Generates the drafts: JSON { ok, refusal, problems, period, periodLabel, items, context, warnings, notStarted, drafts, failures }.</summary>
    [JSExport]
    public static string Generate(string period, string periodLength, string languages) =>
        JsonSerializer.Serialize(Session.Generate(period, periodLength, languages), ReportJson.Default.GenerateReport);

    /// <summary>The list of political prisoners ("prisoners") or a case file ("person") as of a date (yyyy-mm-dd; empty: today): JSON as Generate, with report and asOf.</summary>
    [JSExport]
    public static string GenerateReport(string report, string asOf, string person, string languages) =>
        JsonSerializer.Serialize(Session.Report(report, asOf, person, languages), ReportJson.Default.GenerateReport);

    /// <summary>
    /// Runs the drafting code once on the sample register in both languages, into nothing: the
    /// first Generate then costs what the second does. The pane calls it on the worker's thread
    /// as soon as the engine has loaded.
    /// </summary>
    [JSExport]
    public static void WarmUp()
    {
        foreach (var language in DefaultTemplates.Languages) DraftGenerator.WarmUp(language, BulletinPipeline.DefaultTemplate(language));
    }

    /// <summary>A draft of the last Generate, by its index in drafts.</summary>
    [JSExport]
    public static byte[] Draft(int index) => Session.Draft(index);
}
