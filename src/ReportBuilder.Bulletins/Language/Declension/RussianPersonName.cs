using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// A name as written in the register, "Мадина ЖУНУСОВА" or "ЖУНУСОВА Мадина": the surname is
/// the word in capitals (else the one with a surname's ending); declined in any case, word
/// order kept.
/// </summary>
public sealed record RussianPersonName(string? Given, string Surname, bool SurnameFirst)
{
    private static readonly string[] SurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая"];

    /// <summary>Null when the words do not show which is the surname.</summary>
    public static RussianPersonName? Parse(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1) return new RussianPersonName(null, words[0], false);
        if (words.Length != 2) return null;
        bool IsCaps(string w) => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c));
        bool LooksSurname(string w) => SurnameEndings.Any(e => w.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (IsCaps(words[1]) && !IsCaps(words[0])) return new RussianPersonName(words[0], words[1], false);
        if (IsCaps(words[0]) && !IsCaps(words[1])) return new RussianPersonName(words[1], words[0], true);
        if (LooksSurname(words[1]) && !LooksSurname(words[0])) return new RussianPersonName(words[0], words[1], false);
        if (LooksSurname(words[0]) && !LooksSurname(words[1])) return new RussianPersonName(words[1], words[0], true);
        return null;
    }

    public Declined Decline(Gender gender, GrammaticalCase grammaticalCase)
    {
        var surname = RussianNames.Surname(Surname, gender, grammaticalCase);
        if (Given is null) return surname;
        var given = RussianNames.GivenName(Given, gender, grammaticalCase);
        var text = SurnameFirst ? $"{surname.Text} {given.Text}" : $"{given.Text} {surname.Text}";
        return new Declined(text, surname.Certain && given.Certain);
    }
}
