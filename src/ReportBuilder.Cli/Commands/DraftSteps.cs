using ReportBuilder.Bulletins.Pipeline;
using ReportBuilder.Cli.Configuration;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Register;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// The steps every <c>generate</c> takes, a bulletin or a report: read the register and stop
/// on its errors, stop on a template's errors, write every draft or none.
/// </summary>
internal static class DraftSteps
{
    /// <summary>The register, or null after printing its errors.</summary>
    public static RegisterLoadResult? Read(LoadedConfiguration config, string[] register, TimeProvider clock)
    {
        var loaded = ConsoleProgress.Run(Ui.Say("Cli.Reading"), () => RegisterSource.Load(config, register, clock));
        if (!loaded.Problems.HasErrors) return loaded;
        ProblemReport.Write(AnsiConsole.Console, loaded.Problems);
        AnsiConsole.MarkupLine($"[red]{Markup.Escape(Ui.Say("Cli.RegisterHasErrors"))}[/]");
        return null;
    }

    /// <summary>False after printing the templates' problems: no draft is written.</summary>
    public static bool Rendered(IReadOnlyList<TemplateFailure> failures)
    {
        if (failures.Count == 0) return true;
        ProblemReport.WriteList(AnsiConsole.Console, failures.SelectMany(f => f.Error.Problems));
        foreach (var failure in failures)
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(Ui.Say("Cli.TemplateHasErrors", ("template", failure.Template)))}[/]");
        AnsiConsole.MarkupLine($"[red]{Markup.Escape(Ui.Say("Cli.NoDraftWritten"))}[/]");
        return false;
    }

    /// <summary>Refuses drafts that exist unless asked to replace them.</summary>
    public static void RefuseExisting(string folder, IEnumerable<string> fileNames, bool overwrite)
    {
        var existing = fileNames.Select(f => Path.Combine(folder, f)).Where(File.Exists).ToArray();
        if (existing.Length > 0 && !overwrite) throw OutputErrors.Exists(existing);
    }

    /// <summary>All drafts or none, on disk too (FileSet), then a line for each.</summary>
    public static void Write(string folder, IReadOnlyList<RenderedDraft> drafts, bool overwrite, CancellationToken cancellationToken)
    {
        FileSet.Write(folder, [.. drafts.Select(d => (d.FileName, d.Bytes))], overwrite, cancellationToken);
    }

    public static void SayEach(string folder, IEnumerable<RenderedDraft> drafts)
    {
        foreach (var draft in drafts)
            Console.Out.WriteLine(Ui.Say("Cli.Draft", ("language", draft.Language), ("items", draft.Result.Items), ("comments", draft.NotesToCheck), ("path", Path.Combine(folder, draft.FileName))));
    }
}
