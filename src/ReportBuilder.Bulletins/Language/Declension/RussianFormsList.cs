using ReportBuilder.Register.Model;
using ReportBuilder.Register.Writing.Marking;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>One form the drafts will use: what, where the register writes it, the nominative, where the forms came from (rule, column, confirmed, unsure), the forms.</summary>
public sealed record FormEntry(string Kind, string Where, string Nominative, string Source, IReadOnlyDictionary<string, string> Forms);

/// <summary>
/// Every person, town, description and judge of the register with the Russian forms the drafts
/// will use: for <c>reportbuilder forms</c>, the Check register copy's "Forms to confirm" and the
/// add-in's list of unsure forms alike.
/// </summary>
public static class RussianFormsList
{
    public static List<FormEntry> Entries(CaseRegister register)
    {
        var entries = new List<FormEntry>();
        foreach (var person in register.Persons)
        {
            var where = person.Source.ToString();
            var names = RussianForms.Cases.ToDictionary(c => Key(c.Case.ToString()), c => RussianForms.Name(register, person, c.Suffix, c.Case));
            entries.Add(new FormEntry("person", where, $"{person.GivenNameRu} {person.SurnameRu.ToUpperInvariant()}", Worst(names.Values),
                names.ToDictionary(n => n.Key, n => n.Value.Text)));
            if (RussianForms.CityGenitive(register, person) is { } city)
                entries.Add(new FormEntry("place", where, person.CityRu!, Name(city.Source), new Dictionary<string, string> { ["genitive"] = city.Text }));
            if (RussianForms.DescriptionGenitive(register, person) is { } description)
                entries.Add(new FormEntry("description", where, person.DescriptionRu!, Name(description.Source), new Dictionary<string, string> { ["genitive"] = description.Text }));
        }
        foreach (var judged in register.Events.Where(e => (e.JudgeRu ?? e.JudgeEn) is not null).GroupBy(e => e.JudgeRu ?? e.JudgeEn!))
        {
            var first = judged.First();
            var (gender, source) = RussianForms.JudgeGender(register, first);
            var forms = new Dictionary<string, string> { ["gender"] = gender switch { Gender.Female => "female", Gender.Male => "male", _ => "male (assumed)" } };
            if (RussianPersonName.Parse(judged.Key) is { } name)
            {
                foreach (var (_, grammaticalCase) in RussianForms.Cases)
                    forms[Key(grammaticalCase.ToString())] = name.Decline(gender ?? Gender.Male, grammaticalCase).Text;
            }
            entries.Add(new FormEntry("judge", first.JudgeCell.ToString(), judged.Key, Name(source), forms));
        }
        return entries;
    }

    private static readonly Dictionary<string, string> FormsSheetKinds = new(StringComparer.Ordinal)
    {
        ["person"] = "name", ["place"] = "town", ["description"] = "description", ["judge"] = "judge",
    };

    private static readonly Dictionary<string, string> FormsSheetCases = new(StringComparer.Ordinal)
    {
        ["genitive"] = "Gen", ["dative"] = "Dat", ["accusative"] = "Acc", ["instrumental"] = "Ins", ["prepositional"] = "Prep",
    };

    /// <summary>The unsure forms of one workbook, as rows of the Forms sheet for staff to confirm (the checked copy's "Forms to confirm").</summary>
    /// <param name="entries">The register's entries (<see cref="Entries"/>), listed once for all its workbooks.</param>
    public static IReadOnlyList<FormToConfirm> ToConfirm(IEnumerable<FormEntry> entries, string file) =>
        [.. entries
            .Where(e => e.Source == "unsure" && e.Where.StartsWith(file + " ", StringComparison.Ordinal))
            .Select(e => new FormToConfirm(FormsSheetKinds[e.Kind], e.Nominative, null,
                e.Forms.Where(f => FormsSheetCases.ContainsKey(f.Key)).ToDictionary(f => FormsSheetCases[f.Key], f => f.Value)))];

    private static string Worst(IEnumerable<Form> forms)
    {
        var sources = forms.Select(f => f.Source).ToList();
        return Name(sources.Contains(FormSource.Unsure) ? FormSource.Unsure : sources.Contains(FormSource.Rule) ? FormSource.Rule
            : sources.Contains(FormSource.Column) ? FormSource.Column : FormSource.Confirmed);
    }

    private static string Name(FormSource source) => source.ToString().ToLowerInvariant();

    private static string Key(string caseName) => caseName.ToLowerInvariant();
}
