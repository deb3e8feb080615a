using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Model;

/// <summary>
/// One numbered item: a published event in the period with what its sentences need.
/// Recall is the verdict an appeal or cassation refers back to, when that verdict lies outside
/// the period ("It should be reminded that on 4 February 2021 …").
/// </summary>
public sealed record BulletinItem(
    int Number,
    CourtEvent Event,
    Person Person,
    ArticleTitle? Article,
    CourtEvent? Recall,
    IReadOnlyList<CourtEvent> EarlierEvents);
