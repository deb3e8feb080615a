using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>
/// The list's data for a template, in one language: <c>asOf</c>, <c>since</c>, <c>total</c>,
/// <c>groups</c> (<c>label</c>, <c>count</c>, <c>rows</c>: <c>name</c>, <c>town</c>,
/// <c>article</c>, <c>sentence</c>, <c>since</c>, <c>until</c>, <c>days</c>, <c>review</c>),
/// <c>added</c> and <c>left</c> (<c>name</c>, <c>status</c>). A person whose status is unsure
/// is listed under "to be checked" with a review comment naming the row at fault.
/// </summary>
internal static class PrisonersListData
{
    public static Dictionary<string, object?> Build(PrisonersList list, CaseRegister register, ReportText text, ReviewNotes notes)
    {
        // Each person's latest event that names an article, looked up once (not a scan of every event per person).
        var latestArticle = PrisonersList.Published(register).Where(e => e.Article is not null && e.Date <= list.AsOf)
            .GroupBy(e => e.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Date));
        var number = 0;
        Dictionary<string, object?> Row(PersonStatus s)
        {
            var review = "";
            if (s.Doubts.Count > 0)
            {
                review = ReviewNotes.Marker(++number);
                foreach (var doubt in s.Doubts) notes.Add(number, text.Words.Doubt(doubt.Kind, doubt.Event.Row.ToString()));
            }
            var sure = s.Kind != StatusKind.Unsure;
            return new()
            {
                ["review"] = review,
                ["id"] = s.Person.Id,
                ["name"] = text.ListName(s.Person),
                ["town"] = text.Town(s.Person),
                ["article"] = text.Article(s, latestArticle.GetValueOrDefault(s.Person.Id)),
                ["sentence"] = sure ? text.Sentence(s.Sentence) : ReportWords.None,
                ["since"] = sure ? text.Date(s.Since) : ReportWords.None,
                ["until"] = sure ? text.Date(s.Until) : ReportWords.None,
                ["days"] = s.DaysInCustody,
            };
        }
        Dictionary<string, object?> Change(PersonStatus s) => new()
        {
            ["name"] = text.ListName(s.Person),
            ["status"] = text.Words.OfPerson(s.Kind, s.Person.Gender),
        };
        var byName = StringComparer.Create(text.Rules.Culture, ignoreCase: true);
        return new Dictionary<string, object?>
        {
            ["asOf"] = text.Date(list.AsOf),
            ["since"] = text.Date(list.Since),
            ["total"] = list.Total,
            ["groups"] = list.Groups.Select(g => (object?)new Dictionary<string, object?>
            {
                ["label"] = text.Words.Group(g.Kind),
                ["count"] = g.People.Count,
                ["rows"] = g.People.OrderBy(p => text.ListName(p.Person), byName).Select(p => (object?)Row(p)).ToList(),
            }).ToList(),
            ["added"] = list.Added.OrderBy(p => text.ListName(p.Person), byName).Select(p => (object?)Change(p)).ToList(),
            ["left"] = list.Left.OrderBy(p => text.ListName(p.Person), byName).Select(p => (object?)Change(p)).ToList(),
        };
    }
}
