using ReportBuilder.Register;
using ReportBuilder.Register.Layout;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

public sealed class SampleCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_a_deterministic_valid_synthetic_register_of_the_size_asked()
    {
        var first = CliRunner.Run(_temp.Path, "sample", "--events", "900", "--out", "a.xlsx");
        var second = CliRunner.Run(_temp.Path, "sample", "--events", "900", "--out", "b.xlsx");
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);

        var a = RegisterLoader.Load(["a.xlsx"], _temp.Path, RegisterLayout.Default);
        var b = RegisterLoader.Load(["b.xlsx"], _temp.Path, RegisterLayout.Default);

        Assert.Empty(a.Problems.Items);
        Assert.Equal(900, a.Register.Events.Count);
        Assert.Equal(300, a.Register.Persons.Count);
        Assert.True(a.Register.Events.Min(e => e.Date).Year >= 2015 && a.Register.Events.Max(e => e.Date).Year <= 2025);
        Assert.NotEmpty(a.Register.Context);
        Assert.NotEmpty(a.Register.Rates);
        Assert.Contains(a.Register.Events, e => !e.Publish);
        Assert.Equal(a.Register.Events.Select(e => (e.Id, e.PersonId, e.Date, e.Type, e.TermMonths, e.FundPaymentKzt, e.DetailsRu)),
            b.Register.Events.Select(e => (e.Id, e.PersonId, e.Date, e.Type, e.TermMonths, e.FundPaymentKzt, e.DetailsRu)));
        Assert.Equal(a.Register.Persons.Select(p => (p.Id, p.SurnameRu, p.BackgroundEn)), b.Register.Persons.Select(p => (p.Id, p.SurnameRu, p.BackgroundEn)));
    }

    [Fact]
    public void Generates_bulletins_from_a_synthetic_register()
    {
        CloneFolder.Prepare(_temp);
        Assert.Equal(0, CliRunner.Run(_temp.Path, "sample", "--events", "3000", "--out", "big.xlsx").ExitCode);

        var result = CliRunner.Run(_temp.Path, "generate", "-r", "big.xlsx", "--period", "2021-04");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var language in new[] { "en", "ru" })
            DocxValidation.AssertValid(_temp.File($"out/bulletin-2021-04.{language}.docx"));
    }
}
