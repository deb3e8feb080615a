using System.Globalization;
using System.Text;
using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Writing;
using ReportBuilder.TestSupport;
using Xunit.Abstractions;

namespace ReportBuilder.Bulletins.Tests.Damage;

/// <summary>
/// The property that matters for a damaged register: every mutant of the sample register and
/// of a synthetic one either gives drafts whose text is identical to the undamaged register's,
/// or is refused with an error. Never an exception, never a different bulletin, never fewer
/// rows. Every mutant that is read at all (errors or not) also gets Check register's marked
/// copy, which must read back with the same values. RB_MUTANTS_PER_KIND raises the count (bench/mutants.sh runs thousands).
/// </summary>
public sealed class MutantRegisterTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int PerKind(int otherwise) =>
        int.TryParse(Environment.GetEnvironmentVariable("RB_MUTANTS_PER_KIND"), CultureInfo.InvariantCulture, out var n) ? n : otherwise;

    [Fact]
    public void Every_mutant_of_the_sample_register_is_refused_or_harmless() =>
        Check("sample", File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx")), PerKind(12));

    [Fact]
    public void Every_mutant_of_a_synthetic_register_is_refused_or_harmless()
    {
        using var stream = new MemoryStream();
        StreamingRegisterWriter.Write(SyntheticRegister.Build(40), stream);
        Check("synthetic", stream.ToArray(), PerKind(8));
    }

    private void Check(string name, byte[] original, int perKind)
    {
        var expected = Outcome(original, out var expectedText, out var expectedCounts);
        Assert.Equal("harmless", expected);
        var parts = ZipParts.Read(original);
        var table = new Dictionary<MutantKind, (int Refused, int Harmless)>();
        var failures = new List<string>();
        foreach (var kind in Enum.GetValues<MutantKind>())
        {
            var (refused, harmless) = (0, 0);
            for (var seed = 0; seed < perKind; seed++)
            {
                if (WorkbookMutator.Mutate(parts, kind, seed) is not { } mutant) continue;
                string outcome;
                try
                {
                    outcome = Outcome(mutant, out var text, out var counts);
                    if (outcome == "harmless" && (counts != expectedCounts || text != expectedText)) outcome = "different";
                }
                catch (Exception e)
                {
                    outcome = "exception " + e.GetType().Name + ": " + e.Message;
                }
                if (outcome == "refused") refused++;
                else if (outcome == "harmless") harmless++;
                else failures.Add($"{kind} seed {seed}: {outcome}");
            }
            table[kind] = (refused, harmless);
        }
        var report = Report(name, perKind, table, failures.Count);
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("RB_MUTANTS_REPORT") is { Length: > 0 } file) File.AppendAllText(file, report);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>"refused" when the register has errors; otherwise "harmless", with the drafts' text and the row counts.</summary>
    private string Outcome(byte[] workbook, out string text, out string counts)
    {
        text = counts = "";
        var path = _temp.File("register.xlsx");
        File.WriteAllBytes(path, workbook);
        var loaded = RegisterLoader.Load([path], _temp.Path, RegisterLayout.Default);
        // Check register marks every workbook validate reads, errors or not (the validator is left to the corpus tests: it is slow).
        if (!loaded.Problems.Items.Any(p => p.Id == "RB002")) MarkedCopyCheck.WriteAndCheck(workbook, path, loaded.Problems.Items, validate: false);
        if (loaded.Problems.HasErrors)
        {
            Assert.All(loaded.Problems.Items, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            return "refused";
        }
        counts = EveryEventDrafts.Counts(loaded);
        text = EveryEventDrafts.Text(loaded);
        return "harmless";
    }

    private static string Report(string name, int perKind, Dictionary<MutantKind, (int Refused, int Harmless)> table, int failures)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name} register, {perKind} seeds per kind (a kind that finds nothing to damage is not counted): {failures} different or crashed");
        sb.AppendLine("| mutant kind | refused | harmless (identical drafts) |");
        sb.AppendLine("|---|---:|---:|");
        foreach (var (kind, (refused, harmless)) in table)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {WorkbookMutator.Describe(kind)} | {refused} | {harmless} |");
        return sb.ToString();
    }
}
