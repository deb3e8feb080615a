namespace ReportBuilder.Bulletins.Status;

/// <summary>What a ban forbids.</summary>
public enum BanKind
{
    /// <summary>Social and political activity (ActivityBanYears).</summary>
    Activity,
    /// <summary>Using social networks (SocialMediaBanYears).</summary>
    SocialMedia,
}

/// <summary>A ban imposed with a sentence, from when it runs to when it ends.</summary>
public sealed record RunningBan(BanKind Kind, int Years, DateOnly From, DateOnly Until);
