namespace ReportBuilder.Bulletins.Language;

/// <summary>
/// A Russian noun's forms for counting: singular and plural in each case. After a number
/// the noun agrees like this: nominative and accusative take the singular after 1, the
/// genitive singular after 2–4 and the genitive plural after 5–20 (by the last digits: 21
/// год, 22 года, 25 лет, but 11–14 лет); in the other cases the noun takes the singular of
/// that case after 1 (21, 101 …) and the plural of that case otherwise (к 1 году, к 2 годам).
/// </summary>
public sealed record RussianNoun(string[] Singular, string[] Plural)
{
    // Order of the arrays: nominative, genitive, dative, accusative, instrumental, prepositional.
    public static readonly RussianNoun Year = new(["год", "года", "году", "год", "годом", "годе"], ["годы", "лет", "годам", "годы", "годами", "годах"]);
    public static readonly RussianNoun Month = new(["месяц", "месяца", "месяцу", "месяц", "месяцем", "месяце"], ["месяцы", "месяцев", "месяцам", "месяцы", "месяцами", "месяцах"]);
    public static readonly RussianNoun Hour = new(["час", "часа", "часу", "час", "часом", "часе"], ["часы", "часов", "часам", "часы", "часами", "часах"]);
    public static readonly RussianNoun Day = new(["день", "дня", "дню", "день", "днём", "дне"], ["дни", "дней", "дням", "дни", "днями", "днях"]);
    public static readonly RussianNoun Tiyn = new(["тиын", "тиына", "тиыну", "тиын", "тиыном", "тиыне"], ["тиыны", "тиынов", "тиынам", "тиыны", "тиынами", "тиынах"]);

    /// <summary>Сутки has no singular: the plural forms serve after 1 as well (1 сутки, 2 суток, на 15 суток).</summary>
    public static readonly RussianNoun DayNight = new(["сутки", "суток", "суткам", "сутки", "сутками", "сутках"], ["сутки", "суток", "суткам", "сутки", "сутками", "сутках"]);

    /// <summary>After a number, человек keeps its own genitive plural (5 человек), the oblique plurals are люд- (к 5 людям).</summary>
    public static readonly RussianNoun Person = new(["человек", "человека", "человеку", "человека", "человеком", "человеке"], ["люди", "человек", "людям", "человек", "людьми", "людях"]);

    public static RussianNoun Of(CountedNoun noun) => noun switch
    {
        CountedNoun.Person => Person,
        CountedNoun.DayNight => DayNight,
        CountedNoun.Year => Year,
        CountedNoun.Month => Month,
        CountedNoun.Hour => Hour,
        CountedNoun.Day => Day,
        _ => Tiyn,
    };

    /// <summary>The noun's form after the number n in the given case.</summary>
    public string After(long n, GrammaticalCase grammaticalCase)
    {
        var lastTwo = Math.Abs(n) % 100;
        var last = lastTwo % 10;
        var one = last == 1 && lastTwo != 11;
        var few = last is >= 2 and <= 4 && lastTwo is < 12 or > 14;
        var c = (int)grammaticalCase;
        if (grammaticalCase is GrammaticalCase.Nominative or GrammaticalCase.Accusative)
            return one ? Singular[c] : few ? Singular[(int)GrammaticalCase.Genitive] : Plural[(int)GrammaticalCase.Genitive];
        return one ? Singular[c] : Plural[c];
    }
}
