using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Problems;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>Every request the pipeline refuses, one factory each; the words are in ProblemTexts (Q001 …).</summary>
public static class RequestProblems
{
    private static BulletinRequestException Refuse(RequestProblem kind, string id, string code, string asked, params ProblemArgument[] arguments) =>
        new(kind, new Problem(id, code, Severity.Error, asked, null, null, null, id, arguments));

    public static BulletinRequestException RegisterHasErrors(int errors) =>
        Refuse(RequestProblem.RegisterHasErrors, "Q001", "register-has-errors", "register", ("count", errors));

    public static BulletinRequestException BadPeriod(string period, PeriodFormatException e) =>
        Refuse(RequestProblem.BadPeriod, "Q002", "bad-period", period, ("period", period), ("detail", e.Text));

    public static BulletinRequestException NoLatestPeriod() =>
        Refuse(RequestProblem.NoLatestPeriod, "Q003", "no-latest-period", "latest");

    public static BulletinRequestException UnsupportedLanguage(string language) =>
        Refuse(RequestProblem.UnsupportedLanguage, "Q004", "unsupported-language", language, ("language", language));

    public static BulletinRequestException NoLanguage() =>
        Refuse(RequestProblem.NoLanguage, "Q005", "no-language", "");

    public static BulletinRequestException UnknownReport(string report) =>
        Refuse(RequestProblem.UnknownReport, "Q006", "unknown-report", report, ("report", report));

    public static BulletinRequestException UnknownPerson(string person) =>
        Refuse(RequestProblem.UnknownPerson, "Q007", "unknown-person", person, ("person", person));

    public static BulletinRequestException NoPerson() =>
        Refuse(RequestProblem.NoPerson, "Q008", "no-person", "");

    public static BulletinRequestException BadDate(string date) =>
        Refuse(RequestProblem.BadDate, "Q009", "bad-date", date, ("date", date));
}
