using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportBuilder.Cli;

/// <summary>
/// The command line. Spectre.Console.Cli was chosen over System.CommandLine because the same
/// library also gives the tables and progress display staff see, with typed settings classes.
/// </summary>
public static class ReportBuilderApp
{
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("reportbuilder");
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<GenerateCommand>("generate")
                .WithDescription("Write the English and Russian bulletin drafts (everything from appsettings.json by default).")
                .WithExample("generate")
                .WithExample("generate", "--period", "2021-W14", "--lang", "en,ru", "--out", "drafts");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Read the register and list every problem (exit 1 when there are errors).")
                .WithExample("validate")
                .WithExample("validate", "--register", "registers/*.xlsx", "--json");
            config.AddCommand<FormsCommand>("forms")
                .WithDescription("List the Russian forms (cases, judge's gender) the drafts will use, and where each came from.")
                .WithExample("forms", "--json");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Write a blank register for staff: lists, validation, instructions (never replaces a file).");
            config.AddCommand<RenderCommand>("render")
                .WithDescription("Fill any Word template from a JSON file.")
                .WithExample("render", "--template", "letter.docx", "--data", "data.json", "--out", "letter.out.docx");
            config.AddCommand<TemplatesCommand>("templates")
                .WithDescription("Write the default bulletin templates (refuses to replace edited ones).");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Time each stage of generate (read, validate, build, render, write) on a register.");
            config.AddCommand<SampleCommand>("sample")
                .WithDescription("Write the sample register that ships in templates/.");
        });
        try
        {
            Ui.Choose(args);
            return app.Run(args);
        }
        catch (UserException e)
        {
            WriteError(e.Problem.Text(Ui.Language), e.Problem.Hint(Ui.Language, Audience.Launcher));
            return e.ExitCode;
        }
        catch (CommandAppException e)
        {
            // Spectre's own parse errors are in English; the hint around them is in the reader's language.
            WriteError(e.Message, HelpHint(args));
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("Internal error (a bug in reportbuilder; please report it with the text below):");
            Console.Error.WriteLine(e);
            return ExitCodes.Internal;
        }
    }

    private static readonly string[] Commands = ["generate", "validate", "forms", "init", "render", "templates", "bench", "sample"];

    /// <summary>The help that answers the mistake: the command's own when one was named.</summary>
    private static string HelpHint(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase)
            ? Ui.Say("Cli.HelpCommand", ("command", args[0].ToLowerInvariant()))
            : Ui.Say("Cli.Help");

    private static void WriteError(string message, string? hint)
    {
        Console.Error.WriteLine(Ui.Say("Cli.Error") + message);
        if (hint is not null) Console.Error.WriteLine(Ui.Say("Cli.Hint") + hint);
    }
}
