using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Model;

/// <summary>Selects and joins what a bulletin for a period says, from the register.</summary>
public static class BulletinBuilder
{
    public static Bulletin Build(CaseRegister register, Period period)
    {
        var inPeriod = register.Events.Where(e => e.Publish && period.Contains(e.Date))
            .OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        // Earlier events are needed only for the persons in the period: one pass over the register.
        var persons = inPeriod.Select(e => e.PersonId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byPerson = register.Events.Where(e => e.Publish && persons.Contains(e.PersonId))
            .GroupBy(e => e.PersonId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);

        var items = new List<BulletinItem>();
        foreach (var evt in inPeriod)
        {
            if (register.FindPerson(evt.PersonId) is not { } person) continue;
            var earlier = byPerson[evt.PersonId].Where(e => e.Date < evt.Date).ToList();
            var recall = evt.Type is EventType.Appeal or EventType.Cassation
                ? earlier.LastOrDefault(e => e.Type == EventType.Verdict && !period.Contains(e.Date))
                : null;
            var article = evt.Article is { } a ? register.FindArticle(a, evt.Part) : null;
            items.Add(new BulletinItem(items.Count + 1, evt, person, article, recall, earlier));
        }

        var context = register.Context.Where(c => c.Overlaps(period.First, period.Last)).OrderBy(c => c.From).ToList();
        var byType = items.GroupBy(i => i.Event.Type).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        // Punishments imposed in the period: an appeal or cassation ruling upholds or reduces an
        // earlier sentence, it imposes nothing new.
        var byPunishment = items.Where(i => i.Event.Punishment is not null && i.Event.Type is not (EventType.Appeal or EventType.Cassation))
            .GroupBy(i => i.Event.Punishment!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        return new Bulletin(period, items, context, byType, byPunishment);
    }

    /// <summary>The latest period of the length that has started and has published events (events dated after today are ignored).</summary>
    public static Period? LatestPeriod(CaseRegister register, string length, DateOnly today)
    {
        var dates = register.Events.Where(e => e.Publish && e.Date <= today && register.FindPerson(e.PersonId) is not null).Select(e => e.Date).ToList();
        return dates.Count == 0 ? null : PeriodSpec.OfLength(length, dates.Max());
    }
}
