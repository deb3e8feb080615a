using ReportBuilder.Problems;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register.Parsing;

/// <summary>Checks that span rows and workbooks: duplicate ids, unknown persons, untitled articles.</summary>
internal static class RegisterChecks
{
    /// <param name="today">The run's date: events after it are reported (RB018).</param>
    public static void Run(CaseRegister register, ProblemList problems, DateOnly today)
    {
        CheckDuplicates(register.Persons, p => p.Id, p => p.Source.CellOf("PersonId"), "PersonId", problems);
        CheckDuplicates(register.Events, e => e.Id, e => e.Row.CellOf("EventId"), "EventId", problems);
        CheckDuplicates(register.Articles, a => a.Part is null ? a.Article : $"{a.Article} part {a.Part}",
            a => a.Row.CellOf("Article"), "Article", problems);

        // A name in Latin letters that staff confirmed on the Forms sheet is one they have seen: no warning.
        foreach (var person in register.Persons)
        {
            var nameConfirmed = register.Confirmed(FormKind.Name, $"{person.GivenNameRu} {person.SurnameRu}") is not null;
            CheckRussian(person.SurnameRu, person.Source.CellOf("SurnameRu"), "SurnameRu", isName: !nameConfirmed, problems);
            CheckRussian(person.GivenNameRu, person.Source.CellOf("GivenNameRu"), "GivenNameRu", isName: !nameConfirmed, problems);
            CheckRussian(person.CityRu, person.Source.CellOf("CityRu"), "CityRu", isName: register.Confirmed(FormKind.Town, person.CityRu) is null, problems);
            CheckRussian(person.DescriptionRu, person.Source.CellOf("DescriptionRu"), "DescriptionRu", isName: false, problems);
        }
        foreach (var evt in register.Events)
            CheckRussian(evt.JudgeRu, evt.Row.CellOf("JudgeRu"), "JudgeRu", isName: register.Confirmed(FormKind.Judge, evt.JudgeRu) is null, problems);

        var untitled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Func<string, string?>? personMeant = null; // keyed on the first unknown person only
        foreach (var evt in register.Events)
        {
            // A year typed wrong (2042 for 2024) would otherwise take over the one-click bulletin.
            if (evt.Date > today) problems.Add(RegisterProblems.FutureDate(evt.Row.CellOf("Date"), evt.Date, today, "Date"));
            if (!string.IsNullOrEmpty(evt.PersonId) && register.FindPerson(evt.PersonId) is null)
            {
                personMeant ??= LookAlikeLetters.Finder(register.Persons.Select(p => p.Id));
                problems.Add(RegisterProblems.UnknownPerson(evt.Row.CellOf("PersonId"), evt.PersonId, personMeant(evt.PersonId)));
            }
            if (evt.Article is { } article)
            {
                var title = register.FindArticle(article, evt.Part);
                var label = evt.Part is null ? article : $"{article} part {evt.Part}";
                if ((title is null || (title.TitleEn is null && title.TitleRu is null)) && untitled.Add(label))
                    problems.Add(RegisterProblems.ArticleWithoutTitle(evt.Row.CellOf("Article"), article, evt.Part));
            }
        }
    }

    /// <summary>
    /// A Russian column whose text the Russian rules must decline: a word mixing Cyrillic and
    /// Latin letters (a keyboard-layout slip, which the rules cannot decline and no one sees), or
    /// a name in Latin letters (printed as it is, undeclined; a description may quote a Latin name).
    /// </summary>
    /// <param name="isName">Warn of Latin letters too: a name, town or judge not confirmed on the Forms sheet.</param>
    private static void CheckRussian(string? value, CellLocation at, string column, bool isName, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var words = value.Split([' ', '-', ',', '(', ')', '«', '»', '"', '.'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var latin = word.Any(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'));
            var cyrillic = word.Any(c => c is (>= 'А' and <= 'я') or 'ё' or 'Ё' || "әғқңөұүһіӘҒҚҢӨҰҮҺІ".Contains(c, StringComparison.Ordinal));
            if (latin && cyrillic)
            {
                problems.Add(RegisterProblems.MixedAlphabets(at, value, column, word, LookAlikeLetters.AsCyrillic(word)));
                return;
            }
        }
        if (isName && words.Any(w => w.Length > 1 && w.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '\'')))
            problems.Add(RegisterProblems.LatinInRussianColumn(at, value, column));
    }

    private static void CheckDuplicates<T>(IEnumerable<T> items, Func<T, string> key, Func<T, CellLocation> locate,
        string column, ProblemList problems)
    {
        // Locations are built only for duplicates: formatting an address for every row is most of the cost.
        var first = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var id = key(item);
            if (string.IsNullOrEmpty(id)) continue;
            if (first.TryGetValue(id, out var earlier)) problems.Add(RegisterProblems.DuplicateId(locate(item), id, column, locate(earlier)));
            else first[id] = item;
        }
    }
}
