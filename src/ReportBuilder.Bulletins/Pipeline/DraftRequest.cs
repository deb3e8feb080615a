using ReportBuilder.Docx;
using ReportBuilder.Register;

namespace ReportBuilder.Bulletins.Pipeline;

/// <summary>
/// What every request for drafts says, a bulletin or a report: the languages, each one's
/// template (the shipped default when none is given), the missing-value marker and the run's clock.
/// </summary>
public abstract record DraftRequest
{
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

    /// <summary>Today: for "latest", and the date a report stands on when none is given.</summary>
    public DateOnly Today => FrozenClock.Today(Clock);
}
