namespace ReportBuilder.Register.Layout;

/// <summary>The known name closest to a typed one (edit distance), when it is close enough to be a typo of it.</summary>
internal static class NearestName
{
    public static string? Of(string typed, IEnumerable<string> known)
    {
        var a = HeaderName.Normalize(typed);
        return known.Select(k => (Name: k, Distance: Distance(a, HeaderName.Normalize(k))))
            .Where(k => k.Distance > 0 && k.Distance <= Math.Max(1, Math.Min(3, a.Length / 4)))
            .OrderBy(k => k.Distance).Select(k => k.Name).FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
