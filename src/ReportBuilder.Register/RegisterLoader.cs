using ReportBuilder.Problems;
using ReportBuilder.Shared;
using ReportBuilder.Register.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;
using ReportBuilder.Register.Parsing;
using ReportBuilder.Register.Problems;

namespace ReportBuilder.Register;

/// <summary>The register and every problem found while reading it.</summary>
public sealed record RegisterLoadResult(CaseRegister Register, ProblemList Problems);

/// <summary>A workbook already in memory: its name in messages, its bytes, and where it came from (a path, or its name).</summary>
public sealed record WorkbookBytes(string Name, byte[] Bytes, string? FullPath = null);

/// <summary>
/// Reads every workbook of the register, merges their rows and checks them, collecting all
/// problems in one pass. Workbooks are only ever opened for reading.
/// </summary>
public static class RegisterLoader
{
    /// <summary>Reads the workbooks at the paths (files, folders, globs): each file's bytes once, then as from memory.</summary>
    /// <param name="clock">The run's clock (today, for dates after it); the system's when not given.</param>
    public static RegisterLoadResult Load(IEnumerable<string> paths, string baseFolder, RegisterLayout layout, TimeProvider? clock = null)
    {
        var problems = new ProblemList();
        var files = RegisterFiles.Resolve(paths, baseFolder, problems);
        var workbooks = new List<WorkbookBytes>();
        foreach (var file in files)
        {
            var name = DisplayName(file, files);
            try
            {
                workbooks.Add(new WorkbookBytes(name, WorkbookReader.ReadBytes(file, name), Path.GetFullPath(file)));
            }
            catch (WorkbookUnreadableException e)
            {
                problems.Add(Unreadable(e));
            }
        }
        return Load(workbooks, layout, problems, clock);
    }

    /// <summary>Reads workbooks held in memory (the add-in's, or files a front end has read), in the order given.</summary>
    /// <param name="progress">Told as each workbook is read and when the register is checked.</param>
    public static RegisterLoadResult Load(IReadOnlyList<WorkbookBytes> files, RegisterLayout layout, ProblemList? problems = null, TimeProvider? clock = null,
        IProgress<WorkStage>? progress = null)
    {
        problems ??= new ProblemList();
        var workbooks = new List<RawWorkbook>();
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            progress?.Report(new WorkStage(WorkStageKind.Reading, file.Name, index + 1, files.Count));
            try
            {
                workbooks.Add(WorkbookReader.Read(file.Bytes, file.Name, file.FullPath ?? file.Name));
            }
            catch (WorkbookUnreadableException e)
            {
                problems.Add(Unreadable(e));
            }
        }
        progress?.Report(new WorkStage(WorkStageKind.Checking, "", 1, 1));
        return new RegisterLoadResult(Parse(workbooks, layout, problems, clock: clock), problems);
    }

    private static Problem Unreadable(WorkbookUnreadableException e) => RegisterProblems.Unreadable(e.File, e.Found, e.Hint, e.Sheet, e.Cell);

    /// <summary>Turns already-read workbooks into the register (also used by tests and the benchmark).</summary>
    /// <param name="sliceRows">Rows per slice of a large sheet read in parallel (a test's slices can be small).</param>
    public static CaseRegister Parse(IReadOnlyList<RawWorkbook> workbooks, RegisterLayout layout, ProblemList problems, int sliceRows = SliceRows, TimeProvider? clock = null)
    {
        var found = new HashSet<SheetSpec>();
        var tables = new List<(SheetSpec Spec, SheetTable Table, ProblemList Problems)>();
        var sheetsRead = new List<SheetRowCount>();
        foreach (var workbook in workbooks)
        {
            foreach (var spec in RegisterSheets.All)
            {
                var names = layout.SheetNames(spec).Select(HeaderName.Normalize).ToHashSet();
                foreach (var sheet in workbook.Sheets.Where(s => names.Contains(HeaderName.Normalize(s.Name))))
                {
                    found.Add(spec);
                    var sheetProblems = new ProblemList();
                    if (SheetTable.Open(workbook, sheet, spec, layout, sheetProblems) is { } table)
                    {
                        tables.Add((spec, table, sheetProblems));
                        sheetsRead.Add(new SheetRowCount(workbook.File, sheet.Name, table.DataRows.Count));
                    }
                    else problems.AddRange(sheetProblems.Items);
                }
            }
        }

        // Sheets are independent, and so are the rows of one sheet: large sheets are cut into
        // slices, every slice is read in parallel into its own records and problems, and the
        // results are merged in workbook, sheet and row order, so reports never depend on timing.
        tables = [.. tables.SelectMany(t => Slices(t, sliceRows))];
        var records = new System.Collections.IList[tables.Count];
        ParallelWork.For(tables.Count, i =>
        {
            var (spec, table, _) = tables[i];
            records[i] = spec == RegisterSheets.Persons ? PersonsSheet.Read(table).ToList()
                : spec == RegisterSheets.Events ? EventsSheet.Read(table).ToList()
                : spec == RegisterSheets.Articles ? ArticlesSheet.Read(table).ToList()
                : spec == RegisterSheets.Context ? ContextSheet.Read(table).ToList()
                : spec == RegisterSheets.Forms ? FormsSheet.Read(table).ToList()
                : RatesSheet.Read(table).ToList();
        });
        var persons = new List<Person>();
        var events = new List<CourtEvent>();
        var articles = new List<ArticleTitle>();
        var context = new List<ContextRow>();
        var rates = new List<ExchangeRate>();
        var forms = new List<ConfirmedForm>();
        for (var i = 0; i < tables.Count; i++)
        {
            problems.AddRange(tables[i].Problems.Items);
            switch (records[i])
            {
                case List<Person> p: persons.AddRange(p); break;
                case List<CourtEvent> e: events.AddRange(e); break;
                case List<ArticleTitle> a: articles.AddRange(a); break;
                case List<ContextRow> c: context.AddRange(c); break;
                case List<ExchangeRate> r: rates.AddRange(r); break;
                case List<ConfirmedForm> f: forms.AddRange(f); break;
            }
        }

        if (workbooks.Count > 0)
        {
            var fileNames = string.Join(", ", workbooks.Select(w => w.File));
            foreach (var spec in RegisterSheets.All.Where(s => s.Required && !found.Contains(s)))
                problems.Add(RegisterProblems.MissingSheet(fileNames, spec.Name, layout.SheetNames(spec)));
        }

        // One workbook per year repeats reference rows: identical ones are merged, differing ones reported.
        persons = SharedRows.Merge(persons, p => p.Id, p => p.Source, "PersonId", problems);
        events = SharedRows.Merge(events, e => e.Id, e => e.Row, "EventId", problems);
        articles = SharedRows.Merge(articles, a => a.Part is null ? a.Article : $"{a.Article} part {a.Part}", a => a.Row, "Article", problems);
        rates = SharedRows.Merge(rates, r => $"{r.Date:yyyy-MM-dd} {r.Currency}", r => r.Row, "Date", problems);
        forms = SharedRows.Merge(forms, f => ConfirmedForm.Key(f.Kind, f.Nominative), f => f.Row, "Nominative", problems);

        var register = new CaseRegister
        {
            Persons = persons,
            Events = events,
            Articles = articles,
            Context = context,
            Rates = rates,
            Forms = forms,
            Files = [.. workbooks.Select(w => w.File)],
            SourcePaths = [.. workbooks.Select(w => w.FullPath)],
            Snapshots = [.. workbooks.Select(w => w.Bytes)],
            SheetsRead = sheetsRead,
        };
        RegisterChecks.Run(register, problems, FrozenClock.Today(clock ?? TimeProvider.System));
        return register;
    }

    private const int SliceRows = 25_000;

    /// <summary>A sheet's rows in slices of SliceRows; the first slice keeps the problems found while opening it.</summary>
    private static IEnumerable<(SheetSpec Spec, SheetTable Table, ProblemList Problems)> Slices((SheetSpec Spec, SheetTable Table, ProblemList Problems) whole, int sliceRows)
    {
        var rows = whole.Table.DataRows.Count;
        if (rows <= sliceRows)
        {
            yield return whole;
            yield break;
        }
        for (var start = 0; start < rows; start += sliceRows)
        {
            var problems = start == 0 ? whole.Problems : new ProblemList();
            yield return (whole.Spec, whole.Table.Slice(start, sliceRows, problems), problems);
        }
    }

    /// <summary>The file name, unless two workbooks share it (a.xlsx in two folders): then the full path.</summary>
    private static string DisplayName(string file, IReadOnlyList<string> all) =>
        all.Count(f => Path.GetFileName(f) == Path.GetFileName(file)) > 1 ? file : Path.GetFileName(file);
}
