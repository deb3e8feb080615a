using ReportBuilder.Bulletins.Periods;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Model;

/// <summary>A bulletin's content, the same for every language.</summary>
public sealed record Bulletin(
    Period Period,
    IReadOnlyList<BulletinItem> Items,
    IReadOnlyList<ContextRow> Context,
    IReadOnlyList<(EventType Type, int Count)> CountsByType,
    IReadOnlyList<(Punishment Punishment, int Count)> CountsByPunishment);
