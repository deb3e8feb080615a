using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ReportBuilder.Cli.Errors;

namespace ReportBuilder.Cli.Configuration;

/// <summary>
/// Layers configuration: appsettings.json (from the current folder, else from beside the
/// executable) → environment variables REPORTBUILDER__Section__Key → --set Section:Key=value.
/// Unknown keys and bad values stop start-up with a message naming the key.
/// </summary>
public static partial class AppConfiguration
{
    public const string FileName = "appsettings.json";
    public const string EnvironmentPrefix = "REPORTBUILDER__";

    public static LoadedConfiguration Load(IReadOnlyList<string> settings, string? currentFolder = null)
    {
        var cwd = currentFolder ?? Directory.GetCurrentDirectory();
        var file = new[] { Path.Combine(cwd, FileName), Path.Combine(AppContext.BaseDirectory, FileName) }.FirstOrDefault(File.Exists);

        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            CheckJson(file);
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        }
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddCommandLine(settings.Select(ToSwitch).ToArray());
        var configuration = builder.Build();

        if (ConfigurationKeys.FindUnknown(configuration, typeof(AppOptions)) is { } unknown)
            throw UserErrors.UnknownKey(unknown.Key, unknown.Suggestion, unknown.Source);
        var options = new AppOptions();
        try
        {
            configuration.Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            // "Failed to convert configuration value at 'Register:Paths' to type '…List`1[…]'": a text where a list belongs.
            if (ListKey().Match(e.Message) is { Success: true } list)
                throw UserErrors.NotAList(file ?? "the configuration", list.Groups[1].Value, $"\"{list.Groups[1].Value.Split(':')[^1]}\": [ \"register.xlsx\" ]");
            throw UserErrors.BadConfiguration(file ?? "(environment or --set)", e.Message);
        }
        OptionsCheck.Run(options);
        Output.Ui.FromSettings(options.Ui.Language);
        return new LoadedConfiguration(options, file is null ? cwd : Path.GetDirectoryName(file)!, file);
    }

    /// <summary>Gives invalid JSON (or a file not in UTF-8) a line and column before the configuration library sees it.</summary>
    private static void CheckJson(string file)
    {
        var bytes = File.ReadAllBytes(file);
        // The configuration library reads other encodings' letters as '?': a path of question marks, and no word why.
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.InvalidData)
            throw UserErrors.NotUtf8(file, bytes.AsSpan(0, valid).Count((byte)'\n') + 1);
        try
        {
            using var stream = File.OpenRead(file);
            using var _ = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            // The parser's message repeats the position ("LineNumber: 2 | BytePositionInLine: 9."): it is given once, above.
            var detail = e.Message.Split(" LineNumber:", 2)[0].Trim();
            if (detail.Contains("invalid escapable character", StringComparison.OrdinalIgnoreCase))
                throw UserErrors.BackslashInPath(file, line);
            throw UserErrors.InvalidJson(file, line, column, detail);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"at '([^']+)' to type '[^']*List`1")]
    private static partial System.Text.RegularExpressions.Regex ListKey();

    private static string ToSwitch(string setting)
    {
        var equals = setting.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw UserErrors.BadSetOption(setting);
        return "--" + setting[..equals].Replace("__", ":", StringComparison.Ordinal) + setting[equals..];
    }
}
