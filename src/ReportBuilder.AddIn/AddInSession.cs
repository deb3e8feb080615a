using ReportBuilder.Bulletins.Language.Declension;
using ReportBuilder.Register.Layout;
using ReportBuilder.Bulletins.Options;
using ReportBuilder.Problems;
using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Docx;
using ReportBuilder.Register;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.AddIn;

/// <summary>
/// What the task pane has handed over so far (the register's workbooks, staff's own
/// templates) and the drafts of the last run, kept between calls: the browser passes one
/// byte array at a time, and downloads fetch the drafts one by one.
/// </summary>
/// <remarks>
/// A workbook's bytes live here once, under an id: an added workbook from when it is added until
/// it is removed (the page keeps only its name), the open one for one click. The page names the
/// ids the next check reads, so nothing is sent twice and no copy is kept on both sides.
/// </remarks>
internal sealed class AddInSession(IProgress<WorkStage>? progress = null)
{
    private readonly IProgress<WorkStage>? _progress = progress;
    private readonly Dictionary<int, byte[]> _kept = [];
    private int _nextId;
    private IReadOnlyList<(string Name, int Id)> _workbooks = [];
    private readonly Dictionary<string, TemplateSource> _templates = new(StringComparer.Ordinal);
    private RegisterLoadResult? _register;
    private FrozenClock? _clock;
    private IReadOnlyList<RenderedDraft>? _drafts;
    private ReadingSettings _settings = ReadingSettings.Default;
    private RegisterLayout _layout = RegisterLayout.Default;

    /// <summary>The language problems and hints are said in: the pane's (Office's display language).</summary>
    public UiLanguage Language { get; set; } = UiLanguage.English;

    /// <summary>Reads staff's settings file; the register is read again with its names.</summary>
    public SettingsReport UseSettings(string name, byte[] bytes)
    {
        try
        {
            var settings = SettingsFile.Read(name, bytes);
            _layout = RegisterLayout.From(settings.Register);
            _settings = settings;
        }
        catch (SettingsException e)
        {
            return new SettingsReport(false, ProblemView.Of(e.Problem, Language));
        }
        catch (RegisterConfigurationException e)
        {
            var problem = new Problem("C010", "bad-register-key", Severity.Error, name, null, null, null, "C010", [("key", e.Key), ("detail", e.Message)]);
            return new SettingsReport(false, ProblemView.Of(problem, Language));
        }
        finally
        {
            _register = null;
        }
        return new SettingsReport(true, null);
    }

    public void ClearSettings()
    {
        (_settings, _layout, _register) = (ReadingSettings.Default, RegisterLayout.Default, null);
    }

    /// <summary>Keeps a workbook's bytes until <see cref="Forget"/>: its id.</summary>
    public int Keep(byte[] bytes)
    {
        _kept[++_nextId] = bytes;
        return _nextId;
    }

    public void Forget(int id) => _kept.Remove(id);

    /// <summary>
    /// The workbooks the next check reads, in order, under the names problems give them. The last
    /// register and drafts are let go first, so that reading the new one does not hold both.
    /// </summary>
    public void UseWorkbooks(string[] names, int[] ids)
    {
        if (names.Length != ids.Length) throw new ArgumentException($"{names.Length} names for {ids.Length} workbooks.", nameof(names));
        foreach (var id in ids)
            if (!_kept.ContainsKey(id)) throw new ArgumentOutOfRangeException(nameof(ids), id, "No workbook is kept under this id.");
        _workbooks = [.. names.Zip(ids)];
        (_register, _drafts) = (null, null);
    }

    public void SetTemplate(string language, string name, byte[] bytes) => _templates[language] = TemplateSource.FromBytes(name, bytes);

    public void ClearTemplate(string language) => _templates.Remove(language);

    /// <summary>Reads and checks the register: every problem, and what "latest" would choose.</summary>
    public RegisterReport Check()
    {
        var register = Register();
        return new RegisterReport(
            [.. register.Problems.Items.OrderByDescending(p => p.Severity).Select(p => ProblemView.Of(p, Language))],
            register.Problems.ErrorCount, register.Problems.WarningCount,
            register.Register.Persons.Count, register.Register.Events.Count,
            [.. RussianFormsList.Entries(register.Register).Where(e => e.Source == "unsure")]);
    }

    /// <summary>Plans and renders the drafts; a refusal or template errors come back as data for the pane to show.</summary>
    public GenerateReport Generate(string period, string periodLength, string languages)
    {
        _drafts = null;
        var register = Register();
        BulletinPlan plan;
        try
        {
            plan = BulletinPipeline.Plan(register, new BulletinRequest
            {
                Period = period,
                PeriodLength = periodLength,
                Languages = languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Templates = _templates,
                MissingValueMarker = _settings.Bulletin.MissingValueMarker,
                Clock = _clock!,
            });
        }
        catch (BulletinRequestException e)
        {
            return GenerateReport.Refused(new RefusalView(e.Kind.ToString(), ProblemView.Of(e.Problem, Language)),
                [.. register.Problems.Items.Where(p => p.Severity == Severity.Error).Select(p => ProblemView.Of(p, Language))]);
        }
        var run = BulletinPipeline.Render(plan, _progress);
        if (run.Succeeded) _drafts = run.Drafts;
        return GenerateReport.Of(run, Language);
    }

    /// <summary>The list of political prisoners or a case file, as <c>generate --report</c> writes them (the shipped templates).</summary>
    public GenerateReport Report(string report, string asOf, string person, string languages)
    {
        _drafts = null;
        var register = Register();
        try
        {
            var kind = ReportRequest.ParseReport(report) ?? throw RequestProblems.UnknownReport(report);
            var run = ReportPipeline.Render(register, new ReportRequest
            {
                Report = kind,
                AsOf = asOf,
                Person = person,
                Languages = languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                MissingValueMarker = _settings.Bulletin.MissingValueMarker,
                Clock = _clock!,
            }, _progress);
            if (run.Succeeded) _drafts = run.Drafts;
            return GenerateReport.Of(run, Language);
        }
        catch (BulletinRequestException e)
        {
            return GenerateReport.Refused(new RefusalView(e.Kind.ToString(), ProblemView.Of(e.Problem, Language)),
                [.. register.Problems.Items.Where(p => p.Severity == Severity.Error).Select(p => ProblemView.Of(p, Language))]);
        }
    }

    /// <summary>The bytes of a draft of the last successful run.</summary>
    public byte[] Draft(int index) =>
        _drafts is { } drafts && index >= 0 && index < drafts.Count ? drafts[index].Bytes
        : throw new ArgumentOutOfRangeException(nameof(index), index, "There is no such draft: generate first.");

    /// <summary>
    /// The register as read, once, with the clock read at that moment: the drafts planned from it
    /// use the same "today" as its checks did.
    /// </summary>
    private RegisterLoadResult Register()
    {
        if (_register is not null) return _register;
        _clock = FrozenClock.Now();
        var workbooks = _workbooks.Select(w => new WorkbookBytes(w.Name, _kept.TryGetValue(w.Id, out var bytes) ? bytes
            : throw new InvalidOperationException($"The workbook {w.Name} was let go before it was read."))).ToList();
        return _register = BulletinPipeline.ReadRegister(workbooks, _layout, _clock, _progress);
    }
}
