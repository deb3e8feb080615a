using ReportBuilder.Problems;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using ReportBuilder.Bulletins.Drafts;
using ReportBuilder.Bulletins.Language;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.Docx;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder render</c>: fills any Word template from any JSON file.</summary>
public sealed class RenderCommand : Command<RenderCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("-t|--template <FILE>")]
        [Description("The Word template (.docx, .dotx, .dotm).")]
        public string? Template { get; init; }

        [CommandOption("-d|--data <FILE>")]
        [Description("The data, as JSON.")]
        public string? Data { get; init; }

        [CommandOption("-o|--out <FILE>")]
        [Description("The document to write (.docx).")]
        public string? Out { get; init; }

        [CommandOption("--culture <NAME>")]
        [Description("Culture for formatting, e.g. en-GB or ru-RU. Default: invariant.")]
        public string? Culture { get; init; }

        [CommandOption("--overwrite")]
        [Description("Replace an existing output file.")]
        public bool Overwrite { get; init; }

        [CommandOption("--strict")]
        [Description("Treat a missing value as an error instead of a marked warning.")]
        public bool Strict { get; init; }

        public override ValidationResult Validate() =>
            Template is null ? ValidationResult.Error("--template is required")
            : Data is null ? ValidationResult.Error("--data is required")
            : Out is null ? ValidationResult.Error("--out is required")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var culture = Culture(settings.Culture);
        // The language filters (date, money, count, words, gender, term, years, a) and the word
        // {{#list}} joins with, for the culture's language.
        var rules = LanguageRules.For(culture.TwoLetterISOLanguageName == "ru" ? "ru" : "en");
        var options = new TemplateOptions { Culture = culture, Strict = settings.Strict, ListAnd = rules.And };
        var data = ReadData(settings.Data!);
        var engine = new TemplateEngine(BulletinFilters.Create(rules), options);
        RenderResult? result = null;
        try
        {
            AtomicFile.Write(settings.Out!, settings.Overwrite, stream => result = engine.Render(settings.Template!, data, stream));
        }
        catch (TemplateException e)
        {
            ProblemReport.WriteList(AnsiConsole.Console, e.Problems);
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(Ui.Say("Cli.RenderErrors", ("count", e.Problems.Count(p => p.Severity == Severity.Error)), ("template", settings.Template!)))}[/]");
            return ExitCodes.InputErrors;
        }
        ProblemReport.WriteList(AnsiConsole.Console, result!.Warnings);
        AnsiConsole.MarkupLine(Markup.Escape(Ui.Say("Cli.Rendered", ("path", Path.GetFullPath(settings.Out!)), ("count", result.Warnings.Count))));
        return ExitCodes.Ok;
    }

    private static CultureInfo Culture(string? name)
    {
        if (name is null) return CultureInfo.InvariantCulture;
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw UserErrors.BadCulture(name);
        }
    }

    private static object? ReadData(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserErrors.DataUnreadable(path, e.Message);
        }
        try
        {
            return TemplateData.FromJson(json);
        }
        catch (JsonException e)
        {
            throw UserErrors.DataNotJson(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Message);
        }
    }
}
