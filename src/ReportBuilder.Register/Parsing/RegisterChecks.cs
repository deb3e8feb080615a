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
