namespace ReportBuilder.Bulletins.Options;

/// <summary>The Bulletin section of appsettings.json: what to generate and where.</summary>
public sealed class BulletinOptions
{
    /// <summary>Languages to generate, each needing a template: en, ru.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>The Word template per language.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Folder the drafts are written to.</summary>
    public string OutputFolder { get; set; } = "out";

    /// <summary>Default period: latest, a day (2021-04-07), a week (2021-W14), a month (2021-04) or a range.</summary>
    public string Period { get; set; } = "latest";

    /// <summary>Length of the period "latest" picks: day, week or month.</summary>
    public string PeriodLength { get; set; } = "week";

    /// <summary>What a missing value shows in a draft ({0} is the tag), so it is never a silent blank.</summary>
    public string MissingValueMarker { get; set; } = Docx.Rendering.TemplateOptions.DefaultMissingValueMarker;
}
