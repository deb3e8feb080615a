namespace ReportBuilder.Register.Layout;

/// <summary>The known name closest to a typed one (edit distance), when it is close enough to be a typo of it.</summary>
internal static class NearestName
{
    public static string? Of(string typed, IEnumerable<string> known)
    {
        var a = HeaderName.Normalize(typed);
        return known.Select(k => (Name: k, Distance: ReportBuilder.Shared.EditDistance.Between(a, HeaderName.Normalize(k))))
            .Where(k => k.Distance > 0 && k.Distance <= Math.Max(1, Math.Min(3, a.Length / 4)))
            .OrderBy(k => k.Distance).Select(k => k.Name).FirstOrDefault();
    }
}
