using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Register.Model;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// A judge's gender from the name as registers write it (the verbs «назначил»/«назначила» and
/// the declension of the judge's name follow it), for each class of name that the ending
/// rules alone got wrong, and "unsure" where the name does not tell.
/// </summary>
[UseCulture("en-US")]
public sealed class JudgesGenderTests
{
    [Theory]
    // Kazakh women's names ending in a consonant, in Kazakh letters or Russian spelling.
    [InlineData("Назым ТОКТАРОВА", "f")]
    [InlineData("Гүлназ ЕСИМ", "f")]
    [InlineData("Ақмарал БЕКЕН", "f")]
    [InlineData("Балнұр САПАР", "f")]
    [InlineData("Балнур САПАР", "f")]
    [InlineData("Айгерим ЖАКУП", "f")]
    // Men's names ending in -а/-я.
    [InlineData("Иса ДЖАНИБЕК", "m")]
    [InlineData("Савва КОРНИЕНКО", "m")]
    [InlineData("Лука БЕРИДЗЕ", "m")]
    [InlineData("Илья ШЕВЧЕНКО", "m")]
    // Georgian and Armenian women's names.
    [InlineData("Мзия ЧХЕИДЗЕ", "f")]
    [InlineData("Хатуна ГОГИЯ", "f")]
    [InlineData("Ануш САРГСЯН", "f")]
    [InlineData("Ашхен ОГАНЯН", "f")]
    // "Daughter of" / "son of": joined or a word of its own; three words; surname first.
    [InlineData("Жанар Қайратқызы", "f")]
    [InlineData("Ерлан Серікұлы", "m")]
    [InlineData("Алиев Рашид оглы", "m")]
    [InlineData("Мамедова Севиндж гызы", "f")]
    [InlineData("ОМАРОВА Зауре Каримовна", "f")]
    [InlineData("Петренко Олег Иванович", "m")]
    // A Ukrainian or Belarusian surname that ends like a patronymic does not decide against the name.
    [InlineData("Ирина БОГДАНОВИЧ", "f")]
    // Initials: the surname decides.
    [InlineData("Ахметова Н.К.", "f")]
    [InlineData("Н.К. Сулейменов", "m")]
    // Korean surnames shorter than a Russian ending.
    [InlineData("Елена МИН", "f")]
    [InlineData("Виктор ШИН", "m")]
    // German names.
    [InlineData("Гертруда ШМИДТ", "f")]
    [InlineData("Вольфганг ШМИДТ", "m")]
    public void Judges_gender(string name, string expected) =>
        Assert.Equal(expected == "f" ? Gender.Female : Gender.Male, RussianGender.OfName(name));

    [Theory]
    [InlineData("Саша ЛИ")]
    [InlineData("Женя ТЕН")]
    [InlineData("ТЕН С.")]
    public void A_name_used_by_both_genders_leaves_it_unsure(string name) => Assert.Null(RussianGender.OfName(name));

    [Fact]
    public void The_list_holds_1500_names_and_none_for_both_genders_unless_marked_so()
    {
        Assert.True(GivenNames.Count >= 1500, $"{GivenNames.Count} names");
        var lines = File.ReadAllLines(RepoPaths.File("src", "ReportBuilder.Bulletins", "Language", "Declension", "Data", "given-names.txt"));
        var seen = new Dictionary<string, char>();
        var both = new List<string>();
        foreach (var line in lines.Where(l => l.Length > 2 && l[1] == ':' && l[0] is 'M' or 'F'))
        {
            foreach (var name in line[2..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = GivenNames.Key(name);
                if (seen.TryGetValue(key, out var earlier) && earlier != line[0]) both.Add(name);
                seen[key] = line[0];
            }
        }
        Assert.Empty(both);
        Assert.DoesNotContain(lines, l => l.Length > 2 && l[1] == ':' && l.Any(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') && l.IndexOf(c) > 1));
    }

    [Fact]
    public void Kazakh_letters_and_the_soft_sign_are_matched_loosely()
    {
        Assert.Equal(GivenNames.Key("Гульназ"), GivenNames.Key("Гүлназ"));
        Assert.Equal(GivenNames.Key("Нурлан"), GivenNames.Key("Нұрлан"));
        Assert.Equal(Gender.Male, GivenNames.GenderOf("Әсет") ?? GivenNames.GenderOf("Асет"));
    }

    /// <summary>In each table of endings, a rule is never hidden by an earlier, shorter one of the other gender.</summary>
    [Fact]
    public void No_ending_rule_is_hidden_by_an_earlier_one()
    {
        foreach (var table in new[] { RussianGender.FatherMarkers, RussianGender.PatronymicEndings, RussianGender.SurnameEndings })
        {
            for (var later = 0; later < table.Length; later++)
            {
                for (var earlier = 0; earlier < later; earlier++)
                {
                    Assert.False(table[later].Ending.EndsWith(table[earlier].Ending, StringComparison.Ordinal) && table[later].Gender != table[earlier].Gender,
                        $"'{table[later].Ending}' comes after '{table[earlier].Ending}', which always matches first");
                }
            }
        }
    }
}
