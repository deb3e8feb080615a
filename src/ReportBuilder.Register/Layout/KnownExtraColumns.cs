namespace ReportBuilder.Register.Layout;

/// <summary>Optional columns outside the documented layout that the bulletins read (case forms, judge's gender, arrest days).</summary>
internal static class KnownExtraColumns
{
    private static readonly HashSet<string> Names = new(
        from stem in new[] { "SurnameRu", "GivenNameRu" }
        from suffix in new[] { "Gen", "Dat", "Acc", "Ins", "Prep" }
        select HeaderName.Normalize(stem + suffix))
    {
        HeaderName.Normalize("CityRuGen"), HeaderName.Normalize("DescriptionRuGen"),
        HeaderName.Normalize("JudgeGender"), HeaderName.Normalize("ArrestDays"),
    };

    public static bool Contains(string header) => Names.Contains(HeaderName.Normalize(header));
}
