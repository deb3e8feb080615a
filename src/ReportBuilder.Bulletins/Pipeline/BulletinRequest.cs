using ReportBuilder.Docx;
using ReportBuilder.Register;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// What a front end asks for: the period (a spec as on the command line), the languages, and
/// for each language the template to fill (the shipped default when none is given).
/// </summary>
public sealed record BulletinRequest
{
    /// <summary>2021-04-07, 2021-W14, 2021-04, 2021-04-01..2021-04-07 or latest.</summary>
    public string Period { get; init; } = "latest";

    /// <summary>What "latest" means: week, month or day.</summary>
    public string PeriodLength { get; init; } = "week";

    /// <summary>Language codes, any case; repeated ones are dropped.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "ru"];

    /// <summary>Templates by language; a language without one gets the shipped default.</summary>
    public IReadOnlyDictionary<string, TemplateSource> Templates { get; init; } = new Dictionary<string, TemplateSource>();

    /// <summary>What a missing value prints as ({0} is the tag); the engine also comments it.</summary>
    public string MissingValueMarker { get; init; } = Docx.Rendering.TemplateOptions.DefaultMissingValueMarker;

    /// <summary>The run's clock: front ends pass a <c>FrozenClock</c>, tests a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The drafts' creation time (document properties).</summary>
    public DateTime Created => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Today, for "latest" (a period that has not started is never the latest).</summary>
    public DateOnly Today => FrozenClock.Today(Clock);
}
