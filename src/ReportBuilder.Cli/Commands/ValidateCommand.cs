using ReportBuilder.Bulletins.Language.Declension;
using System.ComponentModel;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register;
using ReportBuilder.Register.Writing;
using ReportBuilder.Register.Writing.Marking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder validate</c>: reads the register and lists every problem in one pass.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-r|--register <PATH>")]
        [Description("Register workbook, folder or glob (repeatable). Default: Register:Paths from appsettings.json.")]
        public string[] Register { get; init; } = [];

        [CommandOption("--annotate <OUT>")]
        [Description("Write a copy of the register workbook with every problem marked on its cell and a Problems sheet first; the register itself is never written.")]
        public string? Annotate { get; init; }

        [CommandOption("--annotate-beside")]
        [Description("Write the marked copy of each workbook beside it as NAME.checked.xlsx, replacing an earlier check (the Check register launcher).")]
        public bool AnnotateBeside { get; init; }

        [CommandOption("--open")]
        [Description("With --annotate-beside: open the marked copy afterwards.")]
        public bool Open { get; init; }

        [CommandOption("--overwrite")]
        [Description("With --annotate: replace an annotated copy that already exists (never the register itself).")]
        public bool Overwrite { get; init; }

        [CommandOption("--json")]
        [Description("Print the problems as a JSON array (id, severity, file, sheet, cell, value, message).")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = AppConfiguration.Load(settings.Set);
        var result = ConsoleProgress.Run(Ui.Say("Cli.Reading"), () => RegisterSource.Load(config, settings.Register, FrozenClock.Now()));
        if (settings.Annotate is { } annotated) WriteAnnotatedCopy(result, annotated, settings.Overwrite);
        if (settings.AnnotateBeside) WriteCheckedCopies(result, settings.Open);
        if (settings.Json)
        {
            Console.Out.WriteLine(ProblemJson.Serialize(result.Problems.Items, Ui.Language));
        }
        else
        {
            ProblemReport.Write(AnsiConsole.Console, result.Problems);
            Console.Out.WriteLine(Ui.Say("Cli.Read", ("files", result.Register.Files.Count), ("persons", result.Register.Persons.Count), ("events", result.Register.Events.Count)));
            // Rows per sheet, so staff can see that every row they typed was read.
            foreach (var sheet in result.Register.SheetsRead)
                Console.Out.WriteLine(Ui.Say("Cli.SheetRows", ("file", sheet.File), ("sheet", sheet.Sheet), ("rows", sheet.Rows)));
        }
        return result.Problems.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    /// <summary>
    /// checked/NAME.checked.xlsx beside each workbook: staff check the register by double-clicking,
    /// with no path to type. The copy goes into its own folder, which a register folder's reading
    /// never enters (and RegisterFiles skips *.checked.xlsx besides), so it is never read back as
    /// part of the register. It is ReportBuilder's own output, so an earlier one is replaced.
    /// </summary>
    private static void WriteCheckedCopies(RegisterLoadResult result, bool open)
    {
        ExplainUnreadable(result);
        var forms = RussianFormsList.Entries(result.Register); // declined once, for every workbook's copy
        for (var i = 0; i < result.Register.SourcePaths.Count; i++)
        {
            var original = result.Register.SourcePaths[i];
            var output = CheckedCopy.PathFor(original);
            var problems = result.Problems.Items.Where(p => p.File == result.Register.Files[i]).ToList();
            Write(output, overwrite: true, result, i, forms);
            Console.Out.WriteLine(Ui.Say("Cli.Marked", ("path", output), ("count", problems.Count)));
            if (open) FolderOpener.Open(output, Ui.Say("Cli.CheckedCopyIs"));
        }
    }

    /// <summary>A workbook that could not be read has no marked copy: its problem says why, and this says so.</summary>
    private static void ExplainUnreadable(RegisterLoadResult result)
    {
        foreach (var problem in result.Problems.Items.Where(p => p.Id == "RB002"))
            Console.Out.WriteLine(Ui.Say("Cli.NoMarkedCopy", ("file", problem.File), ("id", problem.Id)));
    }

    /// <summary>The marked copy of the i-th workbook, made from the bytes that were validated.</summary>
    private static void Write(string output, bool overwrite, RegisterLoadResult result, int i, IReadOnlyList<FormEntry> entries)
    {
        var register = result.Register;
        var problems = result.Problems.Items.Where(p => p.File == register.Files[i]).ToList();
        var forms = RussianFormsList.ToConfirm(entries, register.Files[i]);
        AtomicFile.Write(output, overwrite, stream => MarkedCopyWriter.Write(register.Snapshots[i], register.SourcePaths[i], problems, stream, Ui.Language, forms));
    }

    private static void WriteAnnotatedCopy(RegisterLoadResult result, string output, bool overwrite)
    {
        if (result.Problems.Items.Any(p => p.Id == "RB002"))
        {
            ExplainUnreadable(result);
            return;
        }
        if (result.Register.Files.Count != 1 || result.Register.SourcePaths.Count != 1)
            throw UserErrors.AnnotateOneWorkbook(result.Register.Files.Count);
        var original = Path.GetFullPath(result.Register.SourcePaths[0]);
        if (string.Equals(original, Path.GetFullPath(output), StringComparison.Ordinal))
            throw UserErrors.AnnotateNotTheRegister();
        Write(output, overwrite, result, 0, RussianFormsList.Entries(result.Register));
        Console.Out.WriteLine(Ui.Say("Cli.Marked", ("path", Path.GetFullPath(output)), ("count", result.Problems.Items.Count)));
    }
}
