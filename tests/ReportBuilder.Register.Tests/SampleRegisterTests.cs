using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Writing;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Register.Tests;

/// <summary>The committed sample register is what its generator writes, and it is valid.</summary>
public class SampleRegisterTests
{
    [Fact]
    public void The_committed_sample_matches_its_generator_and_has_no_problems()
    {
        var path = RepoPaths.File("templates", "sample-register.xlsx");
        var result = RegisterLoader.Load([path], RepoPaths.Root, RegisterLayout.Default);
        var expected = SampleRegister.Build();

        Assert.Empty(result.Problems.Items);
        var register = result.Register;
        Assert.Equal(expected.Persons.Select(p => (p.Id, p.SurnameEn, p.GivenNameRu, p.Gender, p.BackgroundRu)),
            register.Persons.Select(p => (p.Id, p.SurnameEn, p.GivenNameRu, p.Gender, p.BackgroundRu)));
        Assert.Equal(expected.Persons.Select(p => string.Join("|", p.Extra.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}"))),
            register.Persons.Select(p => string.Join("|", p.Extra.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}"))));
        Assert.Equal(expected.Events.Select(e => (e.Id, e.Date, e.Type, e.TermMonths, e.CourtFeesKzt, e.FundPaymentKzt, e.Publish)),
            register.Events.Select(e => (e.Id, e.Date, e.Type, e.TermMonths, e.CourtFeesKzt, e.FundPaymentKzt, e.Publish)));
        Assert.Equal(expected.Context.Select(c => (c.From, c.Until, c.TextEn)), register.Context.Select(c => (c.From, c.Until, c.TextEn)));
        Assert.Equal(expected.Rates.Select(r => (r.Date, r.KztPerUnit)), register.Rates.Select(r => (r.Date, r.KztPerUnit)));
    }

    [Fact]
    public void The_sample_holds_the_reference_bulletin_facts()
    {
        var register = SampleRegister.Build();

        var verdict = register.Events.Single(e => e.Date == new DateOnly(2021, 4, 7) && e.PersonId == "P001");
        Assert.Equal((12, 100, 3, 3, 840.50m, 27780m), (verdict.TermMonths, verdict.CommunityServiceHours, verdict.ActivityBanYears,
            verdict.SocialMediaBanYears, verdict.CourtFeesKzt, verdict.FundPaymentKzt));
        // The dollar values in the reference (61 $ and 132 $) come from the rate on 4 February 2021.
        var rate = register.FindRate("USD", new DateOnly(2021, 2, 4))!.KztPerUnit;
        Assert.Equal(61, Math.Round(25736m / rate));
        Assert.Equal(132, Math.Round(55560m / rate));
        Assert.Contains(register.Persons, p => p.Gender == Register.Model.Gender.Female);
    }
}
