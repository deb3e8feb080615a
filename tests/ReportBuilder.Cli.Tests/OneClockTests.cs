using System.Text.RegularExpressions;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// The program reads the wall clock in one place (FrozenClock.Now, once per run) and tests
/// never do: a date that depends on when the suite runs makes a test that fails one day for
/// no reason. Stopwatches measure elapsed time and are not clocks.
/// </summary>
public sealed partial class OneClockTests
{
    [Fact]
    public void No_code_or_test_reads_the_wall_clock_but_FrozenClock()
    {
        var readers = new List<string>();
        foreach (var folder in new[] { "src", "tests", "bench" })
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.File(folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.EndsWith("OneClockTests.cs", StringComparison.Ordinal)) continue;
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var allowed = file.EndsWith("FrozenClock.cs", StringComparison.Ordinal) && lines[i].Contains("System.GetUtcNow()", StringComparison.Ordinal);
                    if (WallClock().IsMatch(lines[i]) && !allowed) readers.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(readers.Count == 0, "Read the run's clock (a TimeProvider) instead:\n" + string.Join("\n", readers));
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|Today|UtcNow)\b|\bTimeProvider\.System\.Get|\bSystem\.GetUtcNow\(\)|\bEnvironment\.TickCount")]
    private static partial Regex WallClock();
}
