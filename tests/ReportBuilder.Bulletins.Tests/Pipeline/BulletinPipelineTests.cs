using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Bulletins.Tests.Pipeline;

/// <summary>The shared pipeline as the add-in calls it: bytes in, drafts and problems out, no files.</summary>
public sealed class BulletinPipelineTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.File("templates", "sample-register.xlsx"));

    private static RegisterLoadResult SampleRegister() => BulletinPipeline.ReadRegister([new WorkbookBytes("sample-register.xlsx", Sample)]);

    [Fact]
    public void Latest_week_of_the_sample_gives_both_drafts_from_the_default_templates()
    {
        var run = BulletinPipeline.Generate(SampleRegister(), new BulletinRequest { Clock = TestClock.At(2026, 11, 30) });

        Assert.True(run.Succeeded);
        Assert.Equal(["bulletin-2021-W19.en.docx", "bulletin-2021-W19.ru.docx"], run.Drafts.Select(d => d.FileName));
        foreach (var draft in run.Drafts)
        {
            DocxValidation.AssertValid(draft.Bytes, draft.FileName);
            Assert.Equal(run.Plan.Bulletin.Items.Count, draft.Result.Items);
        }
        Assert.Contains("Politically motivated prosecutions in Kazakhstan", DocxText.Body(new MemoryStream(run.Drafts[0].Bytes)), StringComparison.Ordinal);
        Assert.Contains("Политически мотивированные", DocxText.Body(new MemoryStream(run.Drafts[1].Bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_day_from_bytes_says_what_the_reference_bulletin_says()
    {
        var run = BulletinPipeline.Generate(SampleRegister(), new BulletinRequest { Period = "2021-04-07", Languages = ["EN"] });

        var text = DocxText.Body(new MemoryStream(Assert.Single(run.Drafts).Bytes)).Replace('\u00A0', ' ');
        Assert.Contains("SABANSHIYEV Yerkyn", text, StringComparison.Ordinal);
        Assert.Equal("bulletin-2021-04-07.en.docx", run.Drafts[0].FileName);
    }

    [Fact]
    public void A_damaged_workbook_blocks_generation_with_its_problem()
    {
        var register = BulletinPipeline.ReadRegister([new WorkbookBytes("register.xlsx", Sample[..(Sample.Length / 2)])]);

        var problem = Assert.Single(register.Problems.Items);
        Assert.Equal("RB002", problem.Id);
        var e = Assert.Throws<BulletinRequestException>(() => BulletinPipeline.Plan(register, new BulletinRequest()));
        Assert.Equal(RequestProblem.RegisterHasErrors, e.Kind);
    }

    [Fact]
    public void A_broken_template_for_one_language_means_no_draft_at_all()
    {
        var broken = TemplateSource.FromBytes("mine.ru.docx", [1, 2, 3, 4]);
        var run = BulletinPipeline.Generate(SampleRegister(), new BulletinRequest
        {
            Period = "2021-04-07",
            Templates = new Dictionary<string, TemplateSource> { ["ru"] = broken },
        });

        Assert.False(run.Succeeded);
        Assert.Empty(run.Drafts);
        var failure = Assert.Single(run.Failures);
        Assert.Equal(("ru", "mine.ru.docx"), (failure.Language, failure.Template));
        Assert.Contains(failure.Error.Problems, p => p.File == "mine.ru.docx");
    }

    [Fact]
    public async Task Warming_up_leaves_broken_templates_to_the_real_run_and_changes_no_draft()
    {
        var created = new DateTime(2021, 4, 8, 9, 0, 0, DateTimeKind.Utc);
        var request = new BulletinRequest { Period = "2021-04-07", Clock = TestClock.At(created) };
        var before = BulletinPipeline.Generate(SampleRegister(), request);

        await BulletinPipeline.WarmUp(request with { Templates = new Dictionary<string, TemplateSource> { ["en"] = TemplateSource.FromBytes("broken.docx", [0]) } });
        await BulletinPipeline.WarmUp(request);
        var after = BulletinPipeline.Generate(SampleRegister(), request);

        Assert.Equal(before.Drafts.Select(d => DocxText.Body(new MemoryStream(d.Bytes))), after.Drafts.Select(d => DocxText.Body(new MemoryStream(d.Bytes))));
    }

    [Theory]
    [InlineData("2021-W99", RequestProblem.BadPeriod)]
    [InlineData("next week", RequestProblem.BadPeriod)]
    public void A_period_that_is_not_one_of_the_forms_is_refused(string period, RequestProblem expected)
    {
        var e = Assert.Throws<BulletinRequestException>(() => BulletinPipeline.Plan(SampleRegister(), new BulletinRequest { Period = period }));
        Assert.Equal(expected, e.Kind);
    }

    [Fact]
    public void Languages_are_checked_and_counted_once()
    {
        Assert.Equal(["ru", "en"], BulletinPipeline.Languages(["RU", " en", "ru"]));
        Assert.Equal(RequestProblem.UnsupportedLanguage, Assert.Throws<BulletinRequestException>(() => BulletinPipeline.Languages(["de"])).Kind);
        Assert.Equal(RequestProblem.NoLanguage, Assert.Throws<BulletinRequestException>(() => BulletinPipeline.Languages([])).Kind);
    }

    [Fact]
    public void The_count_of_comments_to_act_on_is_the_comments_in_each_draft()
    {
        var run = BulletinPipeline.Generate(SampleRegister(), new BulletinRequest { Period = "2021-W14", Clock = TestClock.At(2026, 11, 30) });

        foreach (var draft in run.Drafts)
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(draft.Bytes), false);
            var comments = document.MainDocumentPart!.WordprocessingCommentsPart?.Comments.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>().Count() ?? 0;
            Assert.Equal(comments, draft.NotesToCheck);
            // Every item stays traceable to its register row.
            Assert.Equal(draft.Result.Items, document.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>()
                .Count(b => b.Name!.Value!.StartsWith("RB_sample_register_Events_", StringComparison.Ordinal)));
        }
    }
}
