using ReportBuilder.Bulletins.Language.Declension;

namespace ReportBuilder.Bulletins.Tests.Ru;

/// <summary>
/// The declension tables are read top to bottom and the first row whose suffix ends the word
/// wins, so a row listed after a shorter row it ends with (-ский after -ий) would never be
/// used. A linguist adding a row in the wrong place is told here which row hides which.
/// </summary>
public sealed class EndingTableOrderTests
{
    public static TheoryData<string> Tables() =>
        [.. RussianNames.Tables.Concat(RussianPlaces.Tables).Concat(RussianPhrases.Tables).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void No_row_is_hidden_behind_an_earlier_row(string table)
    {
        var rules = RussianNames.Tables.Concat(RussianPlaces.Tables).Concat(RussianPhrases.Tables).Single(t => t.Name == table).Rules;

        var hidden = rules.SelectMany((later, j) => rules.Take(j)
                .Where(earlier => later.Suffix.EndsWith(earlier.Suffix, StringComparison.Ordinal))
                .Select(earlier => $"-{later.Suffix} (row {j + 1}) is hidden by -{earlier.Suffix}"))
            .ToList();

        Assert.True(hidden.Count == 0, string.Join("\n", hidden));
    }
}
