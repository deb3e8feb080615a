using ReportBuilder.Bulletins.Status;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>One event of a case file, with the person's status as it stood after it.</summary>
public sealed record CaseFileEntry(CourtEvent Event, PersonStatus After);

/// <summary>
/// A person's case file: every published event up to a date in date order, each with the
/// sentence and bans as they stood after it, and the status on the date.
/// </summary>
public sealed record CaseFile(Person Person, DateOnly AsOf, PersonStatus Status, IReadOnlyList<CaseFileEntry> Entries)
{
    public static CaseFile Build(CaseRegister register, Person person, DateOnly asOf)
    {
        // In date order, register order within a day, as the status rules read them.
        var events = PrisonersList.Published(register).Where(e => e.PersonId == person.Id && e.Date <= asOf).OrderBy(e => e.Date).ToList();
        var entries = events.Select((e, i) => new CaseFileEntry(e, StatusRules.On(person, events.Take(i + 1), e.Date))).ToList();
        return new CaseFile(person, asOf, StatusRules.On(person, events, asOf), entries);
    }

    /// <summary>The person a <c>--person</c> value names: an id (P0012), else a name as either sheet writes it, any case.</summary>
    public static Person? Find(CaseRegister register, string idOrName)
    {
        var wanted = Normal(idOrName);
        return register.Persons.FirstOrDefault(p => p.Id.Equals(idOrName.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? register.Persons.FirstOrDefault(p => new[]
            {
                $"{p.GivenNameEn} {p.SurnameEn}", $"{p.SurnameEn} {p.GivenNameEn}", $"{p.GivenNameRu} {p.SurnameRu}", $"{p.SurnameRu} {p.GivenNameRu}",
            }.Any(n => Normal(n) == wanted));
    }

    private static string Normal(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
