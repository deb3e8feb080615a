using System.Text.Json;
using ClosedXML.Excel;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// The same damaged register, register with planted errors and bad settings, read in Russian
/// (--ui-language ru, Ui:Language, or a Russian Windows) and in English: every line a person
/// reads is in their language, on the console, in JSON and in the marked copy.
/// </summary>
public sealed class UiLanguageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void PlantedErrors() =>
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", gender: "X")])
            .Sheet("Events", [EventsHeader, Event("E1", "P002", "31.02.2021")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));

    private void Damaged()
    {
        var sample = ZipParts.Read(RepoPaths.File("templates", "sample-register.xlsx"));
        var events = sample.SheetEntry("Events");
        sample.Edit(events, xml => xml[..xml.IndexOf("<x:row r=\"5\"", StringComparison.Ordinal)]).Save(_temp.File("register.xlsx"));
    }

    private static void AllRussian(string output)
    {
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            RussianSurface.AssertRussian(line);
    }

    [Fact]
    public void Planted_errors_are_listed_in_russian_with_ui_language_ru()
    {
        PlantedErrors();

        var russian = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--ui-language", "ru");
        var english = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx");

        Assert.Equal((1, 1), (russian.ExitCode, english.ExitCode));
        Assert.Contains("ошибка RB007 register.xlsx Events!C2: Date: найдено «31.02.2021», ожидается дата", russian.Out, StringComparison.Ordinal);
        Assert.Contains("Ошибок: 3, предупреждений: 0.", russian.Out, StringComparison.Ordinal);
        AllRussian(russian.Out);
        Assert.Contains("error RB007 register.xlsx Events!C2: Date: found '31.02.2021', expected a date", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("найдено", english.Out, StringComparison.Ordinal);
        Assert.Contains("3 error(s), 0 warning(s).", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("ru-RU")]
    public void A_russian_windows_reads_russian_without_any_option()
    {
        PlantedErrors();

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx");

        Assert.Contains("«P002»", result.Out, StringComparison.Ordinal);
        AllRussian(result.Out);
        // The option still wins over the system's language.
        Assert.Contains("PersonId 'P002' is not on any Persons sheet", CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--ui-language=en").Out, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("ru-RU")]
    public void On_a_russian_windows_a_damaged_register_and_bad_settings_are_explained_in_russian()
    {
        Damaged();
        var damaged = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx");
        Assert.Contains("файл повреждён", damaged.Out, StringComparison.Ordinal);
        AllRussian(damaged.Out);

        File.WriteAllText(_temp.File("appsettings.json"), """{ "Register": { "Paths": "register.xlsx" } }""");
        var settings = CliRunner.Run(_temp.Path, "validate");
        Assert.Equal(2, settings.ExitCode);
        Assert.Contains("должно быть списком в квадратных скобках", settings.Error, StringComparison.Ordinal);
        AllRussian(settings.Error);
    }

    [Fact]
    public void The_setting_chooses_the_language_when_the_command_line_does_not()
    {
        PlantedErrors();
        File.WriteAllText(_temp.File("appsettings.json"), """{ "Ui": { "Language": "ru" } }""");

        Assert.Contains("Кода лица (PersonId) «P002» нет", CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx").Out, StringComparison.Ordinal);
        Assert.Contains("PersonId 'P002' is not on any", CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--ui-language", "en").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_the_id_and_arguments_for_programs_and_the_text_in_the_readers_language()
    {
        PlantedErrors();

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--json", "--ui-language", "ru");

        var problem = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "RB011");
        Assert.Equal("P002", problem.GetProperty("arguments").GetProperty("value").GetString());
        Assert.StartsWith("Кода лица (PersonId) «P002» нет ни на одном листе Persons", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_register_is_refused_in_russian()
    {
        Damaged();

        var result = CliRunner.Run(_temp.Path, "generate", "-r", "register.xlsx", "--period", "2021-04-07", "--out", "out", "--ui-language", "ru");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Не удаётся прочитать «register.xlsx»: файл повреждён (лист «Events», строка 4: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("восстановите из резервной копии", result.Out, StringComparison.Ordinal);
        Assert.Contains("В реестре есть ошибки; черновики не записаны.", result.Out, StringComparison.Ordinal);
        AllRussian(result.Out);
    }

    [Theory]
    [InlineData("""{ "Register": { "Paths": "register.xlsx" } }""", "В {0} значение Register:Paths должно быть списком")]
    [InlineData("""{ "Bulletin": { "PeriodLenght": "day" } }""", "Неизвестный ключ настроек Bulletin:PeriodLenght")]
    [InlineData("""{ "Bulletin": { "PeriodLength": "fortnight" } }""", "Ключ настроек Bulletin:PeriodLength: найдено «fortnight», ожидается одно из значений day, week, month.")]
    [InlineData("""{ "Register": { "Paths": [ "C:\Users\register.xlsx" ] } }""", "обратная косая черта")]
    public void Bad_settings_are_explained_in_russian(string settings, string expected)
    {
        File.WriteAllText(_temp.File("appsettings.json"), settings);

        var result = CliRunner.Run(_temp.Path, "validate", "--ui-language", "ru");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, _temp.File("appsettings.json")), result.Error, StringComparison.Ordinal);
        Assert.StartsWith("ошибка: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("подсказка: ", result.Error, StringComparison.Ordinal);
        AllRussian(result.Error);
    }

    [Fact]
    public void The_marked_copy_speaks_the_readers_language()
    {
        PlantedErrors();

        var result = CliRunner.Run(_temp.Path, "validate", "-r", "register.xlsx", "--annotate", "marked.xlsx", "--ui-language", "ru");

        Assert.Equal(1, result.ExitCode);
        AllRussian(result.Out);
        using var marked = new XLWorkbook(_temp.File("marked.xlsx"));
        var problems = marked.Worksheets.First();
        var header = problems.RowsUsed().First(r => r.Cell(2).GetString() == "Код");
        Assert.Equal(["Важность", "Код", "Где", "Найденное значение", "Проблема"], header.Cells(1, 5).Select(c => c.GetString()));
        var rows = problems.RowsUsed().Where(r => r.RowNumber() > header.RowNumber()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("ошибка", r.Cell(1).GetString()));
        Assert.All(rows, r => RussianSurface.AssertRussian(r.Cell(5).GetString()));
        var comment = marked.Worksheet("Events").Cell("C2").Comment.Text;
        Assert.StartsWith("RB007: Date: найдено «31.02.2021»", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ui_language_is_a_usage_error_naming_the_choices()
    {
        var result = CliRunner.Run(_temp.Path, "validate", "--ui-language", "de");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("The language 'de' is not one ReportBuilder speaks.", result.Error, StringComparison.Ordinal);
        Assert.Contains("Use en (English) or ru (Russian)", result.Error, StringComparison.Ordinal);
    }
}
