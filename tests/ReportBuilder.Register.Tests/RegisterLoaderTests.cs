using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;
using static ReportBuilder.TestSupport.RegisterRows;

namespace ReportBuilder.Register.Tests;

public sealed class RegisterLoaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private RegisterLoadResult Load(RegisterLayout? layout = null, params string[] paths) =>
        RegisterLoader.Load(paths, _temp.Path, layout ?? RegisterLayout.Default);

    [Fact]
    public void Reads_a_valid_register_with_typed_values()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [PersonsHeader, Person("P001", "SABANSHIYEV", "Yerkyn", "Сабаншиев", "Еркын", "м", "Talgar", "Талгар")])
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7), "Verdict", "405", "2", "restriction-of-liberty", 12, 27780, "Y")])
            .Sheet("Articles", Articles)
            .Save(_temp.File("r.xlsx"));

        var result = Load(null, "r.xlsx");

        Assert.Empty(result.Problems.Items);
        var person = Assert.Single(result.Register.Persons);
        Assert.Equal(("SABANSHIYEV", "Еркын", Gender.Male, "Талгар"), (person.SurnameEn, person.GivenNameRu, person.Gender, person.CityRu));
        var evt = Assert.Single(result.Register.Events);
        Assert.Equal(new DateOnly(2021, 4, 7), evt.Date);
        Assert.Equal(EventType.Verdict, evt.Type);
        Assert.Equal(Punishment.RestrictionOfLiberty, evt.Punishment);
        Assert.Equal(12, evt.TermMonths);
        Assert.Equal(27780m, evt.FundPaymentKzt);
        Assert.Equal("r.xlsx Events!A2", evt.Row.ToString());
    }

    [Fact]
    public void Reads_dates_and_numbers_typed_as_text_and_loose_headers()
    {
        new WorkbookBuilder()
            .Sheet("persons", [["Person Id", "surname_en", "Given Name En", "SURNAMERU", "givennameru", " Gender "], Person("P001")[..6]])
            .Sheet("Events",
            [
                ["Event Id", "Person Id", "Date", "Type", "Court Fees Kzt", "FundPaymentKzt"],
                ["E1", "P001", "07.04.2021", "verdict", "840,50", "27 780"],
                ["E2", "P001", "2021-04-06", "hearing", "1,250", "27\u00A0780"],
                ["E3", "P001", "7 апреля 2021", "appeal", null, null],
                ["E4", "P001", "5 April 2021", "detention", null, null],
            ])
            .Save(_temp.File("text.xlsx"));

        var result = Load(null, "text.xlsx");

        Assert.Empty(result.Problems.Items);
        var events = result.Register.Events;
        Assert.Equal(
            [new DateOnly(2021, 4, 7), new DateOnly(2021, 4, 6), new DateOnly(2021, 4, 7), new DateOnly(2021, 4, 5)],
            events.Select(e => e.Date));
        Assert.Equal([840.50m, 1250m, null, null], events.Select(e => e.CourtFeesKzt));
        Assert.Equal(27780m, events[1].FundPaymentKzt);
    }

    [Fact]
    public void Merges_two_workbooks_and_finds_persons_across_them()
    {
        new WorkbookBuilder().Sheet("Persons", [PersonsHeader, Person("P001")]).Sheet("Articles", Articles).Save(_temp.File("persons.xlsx"));
        new WorkbookBuilder().Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))]).Save(_temp.File("2021.xlsx"));
        File.WriteAllText(_temp.File("~$2021.xlsx"), "Excel lock file");

        var result = Load(null, _temp.Path);

        Assert.Empty(result.Problems.Items);
        Assert.Equal(["2021.xlsx", "persons.xlsx"], result.Register.Files);
        Assert.Equal("P001", Assert.Single(result.Register.Events).PersonId);
    }

    [Fact]
    public void Globs_pick_workbooks_and_skip_lock_files()
    {
        Directory.CreateDirectory(_temp.File("registers"));
        RegisterRows.Minimal().Save(_temp.File("registers/2021.xlsx"));
        File.WriteAllText(_temp.File("registers/~$2021.xlsx"), "lock");

        var result = Load(null, "registers/*.xlsx");

        Assert.Empty(result.Problems.Items);
        Assert.Equal(["2021.xlsx"], result.Register.Files);
    }

    [Fact]
    public void Maps_russian_sheet_and_column_names_from_configuration()
    {
        new WorkbookBuilder()
            .Sheet("Лица", [["Код", "SurnameEn", "GivenNameEn", "Фамилия", "Имя", "Пол"], ["P001", "DOE", "John", "Доу", "Джон", "ж"]])
            .Sheet("События", [["EventId", "Код", "Дата", "Тип"], ["E1", "P001", "7 апреля 2021", "verdict"]])
            .Save(_temp.File("ru.xlsx"));
        var options = new RegisterOptions
        {
            Sheets = new(StringComparer.OrdinalIgnoreCase)
            {
                ["Persons"] = new() { Names = ["Лица"], Columns = new(StringComparer.OrdinalIgnoreCase) { ["PersonId"] = ["Код"], ["SurnameRu"] = ["Фамилия"], ["GivenNameRu"] = ["Имя"], ["Gender"] = ["Пол"] } },
                ["Events"] = new() { Names = ["События"], Columns = new(StringComparer.OrdinalIgnoreCase) { ["PersonId"] = ["Код"], ["Date"] = ["Дата"], ["Type"] = ["Тип"] } },
            },
        };

        var result = Load(RegisterLayout.From(options), "ru.xlsx");

        Assert.Empty(result.Problems.Items);
        Assert.Equal(Gender.Female, Assert.Single(result.Register.Persons).Gender);
        Assert.Equal(new DateOnly(2021, 4, 7), Assert.Single(result.Register.Events).Date);
    }

    [Fact]
    public void Rejects_configured_names_that_are_not_in_the_layout()
    {
        var options = new RegisterOptions { Sheets = new(StringComparer.OrdinalIgnoreCase) { ["Events"] = new() { Columns = new(StringComparer.OrdinalIgnoreCase) { ["Dat"] = ["Дата"] } } } };

        var e = Assert.Throws<RegisterConfigurationException>(() => RegisterLayout.From(options));

        Assert.Equal("Register:Sheets:Events:Columns:Dat", e.Key);
        Assert.Contains("Date", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_excel_table_whose_header_is_not_in_row_1()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [["Persons of the register"], [], PersonsHeader, Person("P001")], s => s.Range("A3:H4").CreateTable("PersonsTable"))
            .Sheet("Events", [EventsHeader, Event("E1", "P001", new DateTime(2021, 4, 7))])
            .Sheet("Articles", Articles)
            .Save(_temp.File("table.xlsx"));

        var result = Load(null, "table.xlsx");

        Assert.Empty(result.Problems.Items);
        Assert.Equal("table.xlsx Persons!A4", Assert.Single(result.Register.Persons).Source.ToString());
    }

    [Fact]
    public void Says_where_the_headers_are_when_they_are_not_in_row_1()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [["Register 2021"], [], PersonsHeader, Person("P001")])
            .Sheet("Events", [EventsHeader])
            .Save(_temp.File("low.xlsx"));

        var problem = Assert.Single(Load(null, "low.xlsx").Problems.Items);

        Assert.Equal(("RB005", "low.xlsx Persons!A3"), (problem.Id, problem.Location));
        Assert.Contains("row 3", problem.Message, StringComparison.Ordinal);
        Assert.Contains("row 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_extra_columns_by_header_name()
    {
        new WorkbookBuilder()
            .Sheet("Persons", [[.. PersonsHeader, "SurnameRuDat"], [.. Person("P001"), "Доу"]])
            .Sheet("Events", [[.. EventsHeader, "ArrestDays"], [.. Event("E1", "P001", new DateTime(2021, 4, 7)), 15]])
            .Sheet("Articles", Articles)
            .Save(_temp.File("extra.xlsx"));

        var register = Load(null, "extra.xlsx").Register;

        Assert.Equal("Доу", register.Persons[0].Extra["SurnameRuDat"]);
        Assert.Equal("15", register.Events[0].Extra["arrestdays"]);
    }

    [Fact]
    public void Reports_missing_sheets_and_columns()
    {
        new WorkbookBuilder().Sheet("Persons", [["PersonId", "SurnameEn"], ["P001", "DOE"]]).Save(_temp.File("partial.xlsx"));

        var problems = Load(null, "partial.xlsx").Problems.Items;

        Assert.Contains(problems, p => p.Id == "RB003" && p.Sheet == "Events");
        Assert.Equal(["GivenNameEn", "SurnameRu", "GivenNameRu", "Gender"],
            problems.Where(p => p.Id == "RB004").Select(p => p.Message.Split('\'')[3]));
    }

    [Fact]
    public void Reports_a_path_that_matches_nothing()
    {
        var problem = Assert.Single(Load(null, "nowhere/*.xlsx").Problems.Items);
        Assert.Equal("RB001", problem.Id);
    }
}
