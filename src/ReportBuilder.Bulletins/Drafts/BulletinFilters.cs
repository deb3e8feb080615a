using ReportBuilder.Bulletins.Language;
using ReportBuilder.Docx.Expressions;
using ReportBuilder.Docx.Filters;

namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// The language-aware filters bulletin templates use, registered for one language:
/// <code>
/// {{ item.date | date }}                       7 April 2021 / 7 апреля 2021 года
/// {{ item.fundPayment | money }}               27,780 tenge (66$) / 27 780 тенге (66 $)
/// {{ item.fundPayment | money "kzt" }}         without the dollar value
/// {{ item.termMonths | term "dat" }}           1 year / к 1 году (nom, gen, dat, acc, ins, prep)
/// {{ item.previousTermMonths | term "gen" "words" }}  two years / двух лет
/// {{ item.socialMediaBanYears | years "acc" }} 5 years / 5 лет;  years "adjective": 5-year
/// {{ item.hours | count "hour" "acc" }}        100 hours / 100 часов (year, month, hour, day)
/// {{ n | words "gen" }}                        two / двух ("f" for feminine)
/// {{ item.person | gender "был" "была" }}      by the person's gender
/// {{ item.person.description | a }}            a civil activist / an activist (English only)
/// </code>
/// </summary>
public static class BulletinFilters
{
    public static FilterRegistry Create(LanguageRules rules)
    {
        var registry = new FilterRegistry();
        registry.Add("date", (input, _, _) => input switch
        {
            DateOnly d => rules.Date(d),
            DateTime d => rules.Date(DateOnly.FromDateTime(d)),
            // JSON data (reportbuilder render) carries dates as text: 2021-04-07.
            string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) => rules.Date(parsed),
            _ => input,
        }, Checked(args => NoOptions(args, "date")));
        registry.Add("money", (input, args, _) =>
        {
            // A plain number is an amount in tenge without a dollar value (render's JSON data).
            if (input is decimal plain) return rules.Money(plain, null);
            if (input is not IReadOnlyDictionary<string, object?> money || money.GetValueOrDefault("kzt") is not decimal kzt) return input;
            var withDollars = !args.Any(a => a is string s && s.Equals("kzt", StringComparison.OrdinalIgnoreCase));
            return rules.Money(kzt, withDollars ? money.GetValueOrDefault("usd") as decimal? : null);
        }, Checked(args =>
        {
            if (args.Any(a => a is not string s || !s.Equals("kzt", StringComparison.OrdinalIgnoreCase)))
                throw new FilterException("money takes one option, \"kzt\" (without the dollar value)");
        }));
        registry.Add("term", (input, args, _) => Number(input) is { } months
            ? rules.Term(months, Options(args, "term").Case, Options(args, "term").Words) : input,
            Checked(args => Options(args, "term")));
        registry.Add("years", (input, args, _) =>
        {
            if (Number(input) is not { } years) return input;
            var options = Options(args, "years", "adjective");
            return options.Adjective ? rules.YearsAdjective(years) : rules.Count(years, CountedNoun.Year, options.Case, options.Words);
        }, Checked(args => Options(args, "years", "adjective")));
        registry.Add("count", (input, args, _) =>
        {
            if (Number(input) is not { } n) return input;
            var (noun, options) = CountArguments(args);
            return rules.Count(n, noun, options.Case, options.Words);
        }, Checked(args => CountArguments(args)));
        registry.Add("words", (input, args, _) =>
        {
            if (Number(input) is not { } n) return input;
            var options = Options(args, "words", "f");
            return rules.Words(n, options.Case, options.Feminine);
        }, Checked(args => Options(args, "words", "f")));
        registry.Add("gender", (input, args, _) =>
        {
            if (args.Count != 2) throw new FilterException("gender takes two texts: the masculine and the feminine form, e.g. gender \"был\" \"была\"");
            var female = input switch
            {
                IReadOnlyDictionary<string, object?> person => Truth.IsTrue(DataAccess.Member(person, "female")),
                string g => g.StartsWith('f') || g.StartsWith('F') || g.StartsWith('ж'),
                bool b => b,
                _ => (bool?)null,
            };
            return female is null ? Missing.Value : args[female.Value ? 1 : 0];
        }, Checked(args =>
        {
            if (args.Count != 2) throw new FilterException("gender takes two texts: the masculine and the feminine form, e.g. gender \"был\" \"была\"");
        }));
        registry.Add("a", (input, _, _) =>
        {
            if (input is not string text || rules.Code != "en") return input;
            return EnglishRules.WithArticle(text);
        }, Checked(args => NoOptions(args, "a")));
        return registry;
    }

    /// <summary>The check stage's view of a filter's options: the same validation the filter runs, as a message.</summary>
    private static Func<IReadOnlyList<object?>, string?> Checked(Action<IReadOnlyList<object?>> validate) => args =>
    {
        try
        {
            validate(args);
            return null;
        }
        catch (FilterException e)
        {
            return e.Message;
        }
    };

    private static void NoOptions(IReadOnlyList<object?> args, string filter)
    {
        if (args.Count > 0) throw new FilterException($"{filter} takes no options");
    }

    private static (CountedNoun Noun, FilterOptions Options) CountArguments(IReadOnlyList<object?> args)
    {
        if (args.Count == 0 || args[0] is not string nounName || !Enum.TryParse<CountedNoun>(nounName, ignoreCase: true, out var noun))
            throw new FilterException("count needs a noun first: \"year\", \"month\", \"hour\", \"day\", \"daynight\" or \"person\", e.g. count \"hour\" \"acc\"");
        return (noun, Options([.. args.Skip(1)], "count"));
    }

    private static long? Number(object? input) => Truth.AsNumber(input) is { } d ? (long)d : null;

    private sealed record FilterOptions(GrammaticalCase Case, bool Words, bool Adjective, bool Feminine);

    private static FilterOptions Options(IReadOnlyList<object?> args, string filter, params string[] extra)
    {
        var options = new FilterOptions(GrammaticalCase.Nominative, false, false, false);
        foreach (var arg in args)
        {
            var text = arg as string ?? "";
            if (GrammaticalCases.TryParse(text, out var grammaticalCase)) options = options with { Case = grammaticalCase };
            else if (text == "words") options = options with { Words = true };
            else if (text == "adjective" && extra.Contains("adjective")) options = options with { Adjective = true };
            else if (text is "f" or "feminine" && extra.Contains("f")) options = options with { Feminine = true };
            else
                throw new FilterException($"{filter}: unknown option '{arg}'; expected a case (nom, gen, dat, acc, ins, prep), \"words\"" +
                    string.Concat(extra.Select(e => $" or \"{e}\"")));
        }
        return options;
    }
}
