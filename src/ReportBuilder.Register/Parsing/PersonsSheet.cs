using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>Reads the Persons sheet's rows into <see cref="Person"/> records.</summary>
internal static class PersonsSheet
{
    public static IEnumerable<Person> Read(SheetTable t)
    {
        foreach (var row in t.DataRows)
        {
            var id = t.RequiredText(row, "PersonId");
            var surnameEn = t.RequiredText(row, "SurnameEn");
            var givenEn = t.RequiredText(row, "GivenNameEn");
            var surnameRu = t.RequiredText(row, "SurnameRu");
            var givenRu = t.RequiredText(row, "GivenNameRu");
            var gender = t.Choice<Gender>(row, "Gender", required: true, ChoiceText.TryGender, ChoiceText.GenderValues);
            t.CheckTranslations(row);
            // A record is kept whenever it has an id, so one bad cell does not also turn every
            // event of this person into an "unknown person" error. Any error stops generation.
            if (id is null) continue;
            yield return new Person
            {
                Id = id,
                SurnameEn = surnameEn ?? "",
                GivenNameEn = givenEn ?? "",
                SurnameRu = surnameRu ?? "",
                GivenNameRu = givenRu ?? "",
                Gender = gender ?? Gender.Male,
                CityEn = t.Text(row, "CityEn"),
                CityRu = t.Text(row, "CityRu"),
                RegionEn = t.Text(row, "RegionEn"),
                RegionRu = t.Text(row, "RegionRu"),
                DescriptionEn = t.Text(row, "DescriptionEn"),
                DescriptionRu = t.Text(row, "DescriptionRu"),
                BackgroundEn = t.Text(row, "BackgroundEn"),
                BackgroundRu = t.Text(row, "BackgroundRu"),
                Affiliations = (t.Text(row, "Affiliation") ?? "")
                    .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Extra = t.ExtraValues(row),
                Source = t.Source(row),
            };
        }
    }
}
