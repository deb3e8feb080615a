using ReportBuilder.Register.Model;
using ReportBuilder.Register.Parsing;

namespace ReportBuilder.Bulletins.Status;

/// <summary>
/// A person's status on a date, from their events up to it in date order (register order
/// within a day):
/// <list type="bullet">
/// <item>a detention, or a pre-trial restriction whose <c>Measure</c> says custody, holds the
/// person; house arrest is its own status; a release, an acquittal or a non-custodial
/// sentence ends custody;</item>
/// <item>a verdict sets the sentence; an appeal or cassation changes it (a Punishment or
/// TermMonths of its own) or upholds it (none); an acquittal on appeal ends it;</item>
/// <item>deprivation of liberty starts on the day custody began where the person was held
/// until the verdict (pre-trial custody counts, unless the verdict's optional column
/// <c>CustodyCounted</c> says N), else on the verdict's day; restriction of liberty starts on
/// the verdict's day (on custody's first day where <c>CustodyCounted</c> says Y); the end is
/// the start plus the term, unless a release comes first;</item>
/// <item>a ban runs for its years from the verdict, or, added to deprivation of liberty, from
/// the release (as the Criminal Code has it).</item>
/// </list>
/// Where the register does not say enough, the status is Unsure with the rows that raised it.
/// </summary>
public static class StatusRules
{
    /// <summary>Every person's status on a date from the events given, in the register's order.</summary>
    public static IReadOnlyList<PersonStatus> All(IEnumerable<Person> persons, IEnumerable<CourtEvent> events, DateOnly asOf)
    {
        var byPerson = events.GroupBy(e => e.PersonId).ToDictionary(g => g.Key, g => g.ToList());
        return [.. persons.Select(p => On(p, byPerson.GetValueOrDefault(p.Id) ?? [], asOf))];
    }

    public static PersonStatus On(Person person, IEnumerable<CourtEvent> events, DateOnly asOf)
    {
        var timeline = new Timeline();
        foreach (var e in events.Where(e => e.Date <= asOf).OrderBy(e => e.Date)) timeline.Apply(e);
        return timeline.StatusOn(person, asOf);
    }

    /// <summary>The state of one person's case as the events are applied one by one.</summary>
    private sealed class Timeline
    {
        private DateOnly? _custodySince;
        private DateOnly? _houseArrestSince;
        private int _custodyDays;
        private SentenceInForce? _sentence;
        private DateOnly? _acquittedOn;
        private DateOnly? _releasedOn;
        private bool _everHeld;
        private (int? Years, CourtEvent? From) _activityBan;
        private (int? Years, CourtEvent? From) _socialMediaBan;
        private readonly List<StatusDoubt> _doubts = [];

        public void Apply(CourtEvent e)
        {
            ServeOutTo(e.Date);
            switch (e.Type)
            {
                case EventType.Detention:
                    HoldFrom(e.Date);
                    break;
                case EventType.PretrialRestriction:
                    Measure(e);
                    break;
                case EventType.Verdict:
                    Verdict(e);
                    break;
                case EventType.Appeal or EventType.Cassation:
                    Ruling(e);
                    break;
                case EventType.Release:
                    EndCustody(e.Date);
                    _releasedOn = e.Date;
                    break;
            }
        }

        private void Measure(CourtEvent e)
        {
            switch (PretrialMeasure.Of(e))
            {
                case PretrialMeasure.Kind.Custody:
                    HoldFrom(e.Date);
                    break;
                case PretrialMeasure.Kind.HouseArrest:
                    EndCustody(e.Date);
                    _houseArrestSince ??= e.Date;
                    _everHeld = true;
                    break;
                case PretrialMeasure.Kind.Free:
                    EndCustody(e.Date);
                    break;
                default:
                    _doubts.Add(new StatusDoubt(DoubtKind.MeasureNotSaid, e));
                    break;
            }
        }

        private void Verdict(CourtEvent e)
        {
            _acquittedOn = null;
            _releasedOn = null;
            _sentence = null;
            if (e.Punishment is not { } punishment)
            {
                _doubts.Add(new StatusDoubt(DoubtKind.VerdictWithoutPunishment, e));
                return;
            }
            if (punishment == Punishment.Acquittal)
            {
                Acquit(e.Date);
                return;
            }
            var counted = e.Extra.TryGetValue("CustodyCounted", out var said) && ChoiceText.TryPublish(said, out var yes) ? yes : (bool?)null;
            var start = punishment switch
            {
                Punishment.DeprivationOfLiberty when _custodySince is { } held && counted != false => held,
                Punishment.RestrictionOfLiberty when _custodySince is { } held && counted == true => held,
                _ => e.Date,
            };
            if (punishment == Punishment.DeprivationOfLiberty) HoldFrom(e.Date);
            else EndCustody(e.Date);
            _sentence = Sentence(punishment, e.TermMonths, start, e, e);
            _activityBan = (e.ActivityBanYears, e);
            _socialMediaBan = (e.SocialMediaBanYears, e);
        }

        private void Ruling(CourtEvent e)
        {
            if (_sentence is not { } sentence)
            {
                // After an acquittal, a ruling that imposes a punishment is a new sentence.
                if (_acquittedOn is not null && e.Punishment is { } imposed && imposed != Punishment.Acquittal) Verdict(e);
                else if (_acquittedOn is null) _doubts.Add(new StatusDoubt(DoubtKind.RulingWithoutVerdict, e));
                return;
            }
            if (e.Punishment == Punishment.Acquittal)
            {
                _sentence = null;
                Acquit(e.Date);
                return;
            }
            var punishment = e.Punishment ?? sentence.Punishment;
            var term = e.TermMonths ?? (punishment == sentence.Punishment ? sentence.TermMonths : null);
            var start = sentence.Start;
            if (punishment == Punishment.DeprivationOfLiberty && !sentence.Custodial)
            {
                HoldFrom(e.Date);
                start = e.Date;
            }
            else if (punishment != Punishment.DeprivationOfLiberty && sentence.Custodial)
            {
                EndCustody(e.Date);
            }
            _sentence = Sentence(punishment, term, start, sentence.Verdict, e);
            if (e.ActivityBanYears is not null) _activityBan = (e.ActivityBanYears, e);
            if (e.SocialMediaBanYears is not null) _socialMediaBan = (e.SocialMediaBanYears, e);
        }

        private SentenceInForce Sentence(Punishment punishment, int? term, DateOnly start, CourtEvent verdict, CourtEvent ruling)
        {
            if (term is null && punishment is Punishment.DeprivationOfLiberty or Punishment.RestrictionOfLiberty)
                _doubts.Add(new StatusDoubt(DoubtKind.SentenceWithoutTerm, ruling));
            return new SentenceInForce(punishment, term, start, term is { } months ? start.AddMonths(months) : null, verdict, ruling);
        }

        private void Acquit(DateOnly date)
        {
            EndCustody(date);
            _acquittedOn = date;
            _activityBan = _socialMediaBan = (null, null);
        }

        private void HoldFrom(DateOnly date)
        {
            _custodySince ??= date;
            _houseArrestSince = null;
            _everHeld = true;
        }

        private void EndCustody(DateOnly date)
        {
            if (_custodySince is { } since) _custodyDays += date.DayNumber - since.DayNumber;
            _custodySince = null;
            _houseArrestSince = null;
        }

        /// <summary>A prison term that ended before the date ends custody on its last day: served.</summary>
        private void ServeOutTo(DateOnly date)
        {
            if (_sentence is { Custodial: true, End: { } end } && _custodySince is not null && end <= date)
            {
                EndCustody(end);
                _releasedOn ??= end;
            }
        }

        public PersonStatus StatusOn(Person person, DateOnly asOf)
        {
            ServeOutTo(asOf);
            var days = _custodyDays + (_custodySince is { } since ? asOf.DayNumber - since.DayNumber : 0);
            var bans = Bans().Where(b => b.From <= asOf && asOf < b.Until).ToList();
            var sentence = _sentence;
            var serving = sentence is { End: { } end } && asOf < end && _releasedOn is null;
            var (kind, from, until) = this switch
            {
                _ when _doubts.Count > 0 => (StatusKind.Unsure, (DateOnly?)null, (DateOnly?)null),
                { _acquittedOn: { } acquitted } => (StatusKind.Acquitted, acquitted, null),
                _ when serving && sentence!.Custodial => (StatusKind.Imprisoned, sentence.Start, sentence.End),
                _ when serving && sentence!.Punishment == Punishment.RestrictionOfLiberty => (StatusKind.RestrictionOfLiberty, sentence.Start, sentence.End),
                { _custodySince: { } held } => (StatusKind.PretrialDetention, held, null),
                { _houseArrestSince: { } house } => (StatusKind.HouseArrest, house, null),
                _ when bans.Count > 0 => (StatusKind.BanOnly, bans.Min(b => b.From), bans.Max(b => b.Until)),
                _ when _everHeld || sentence is not null => (StatusKind.Released, FreeSince(asOf), null),
                _ => (StatusKind.Unknown, null, null),
            };
            return new PersonStatus(person, asOf, kind, sentence, from, until, days, bans, _doubts);
        }

        /// <summary>When the last thing that held or restricted the person ended: a release, the term, a ban; for a sentence without a term, its ruling.</summary>
        private DateOnly? FreeSince(DateOnly asOf)
        {
            DateOnly?[] ends =
            [
                _releasedOn,
                _sentence is { End: { } end } && end <= asOf ? end : _sentence?.LastRuling.Date,
                .. Bans().Where(b => b.Until <= asOf).Select(b => (DateOnly?)b.Until),
            ];
            return ends.Max();
        }

        /// <summary>The bans of the sentence in force, each from when it runs to when it ends.</summary>
        private IEnumerable<RunningBan> Bans()
        {
            if (_sentence is not { } sentence) yield break;
            foreach (var (kind, (years, from)) in new[] { (BanKind.Activity, _activityBan), (BanKind.SocialMedia, _socialMediaBan) })
            {
                if (years is not { } y || y <= 0 || from is null) continue;
                // Added to deprivation of liberty, a ban runs from the release.
                DateOnly? start = sentence.Custodial ? _releasedOn ?? sentence.End : sentence.Verdict.Date;
                if (start is { } s) yield return new RunningBan(kind, y, s, s.AddYears(y));
            }
        }
    }
}
