using ReportBuilder.Problems;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests.Problems;

/// <summary>
/// Russian columns whose text the rules decline: a word typed with a Latin look-alike letter
/// (a keyboard-layout slip no one sees) and a name in Latin letters are located warnings, in
/// both languages; Cyrillic with Kazakh letters, and a description quoting a Latin name, are not.
/// </summary>
public sealed class RussianColumnTextTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<Problem> Problems(params object?[][] persons)
    {
        var path = new WorkbookBuilder()
            .Sheet("Persons", [[.. PersonsHeader, "DescriptionRu"], .. persons])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles)
            .Save(_temp.File("register.xlsx"));
        return RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default, TestClock.At(2021, 5, 1)).Problems.Items;
    }

    [Fact]
    public void A_latin_look_alike_inside_a_russian_word_names_the_letter_and_the_word_meant()
    {
        // Ивaнов with a Latin "a": looks right, declines as nothing.
        var problem = Assert.Single(Problems([.. Person("P001", surnameRu: "Ивaнов"), null]));

        Assert.Equal(("RB022", Severity.Warning, "Persons", "D2"), (problem.Id, problem.Severity, problem.Sheet, problem.Cell));
        Assert.Equal("SurnameRu: the word 'Ивaнов' mixes Cyrillic and Latin letters ('a' is a Latin letter where Иванов has the Cyrillic 'а'), " +
            "so the Russian rules cannot decline it. Retype it as Иванов.", problem.Message);
        RussianSurface.AssertRussian(problem.Text(UiLanguage.Russian));
    }

    [Fact]
    public void A_name_in_latin_letters_in_a_russian_column_is_said_to_print_undeclined()
    {
        var problem = Assert.Single(Problems([.. Person("P001", surnameRu: "SMITH", givenRu: "Тимур"), null]));

        Assert.Equal(("RB023", "D2"), (problem.Id, problem.Cell));
        Assert.Contains("'SMITH' is written in Latin letters; the Russian draft prints it as it is, undeclined", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kazakh_letters_and_a_quoted_latin_name_in_a_description_are_fine()
    {
        Assert.Empty(Problems(
            [.. Person("P001", surnameRu: "Қайратов", givenRu: "Әсет"), "активист движения «Oyan, Qazaqstan»"],
            [.. Person("P002", surnameRu: "Тер-Оганян", givenRu: "Ануш"), null]));
    }
}
