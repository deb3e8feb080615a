using System.Text;
using System.Text.Json;
using ReportBuilder.Problems;
using ReportBuilder.Register.Layout;

namespace ReportBuilder.Bulletins.Options;

/// <summary>The settings that change how a register is read and drafted, as one value: what the pipeline needs from appsettings.json.</summary>
public sealed record ReadingSettings(RegisterOptions Register, BulletinOptions Bulletin)
{
    public static ReadingSettings Default => new(new RegisterOptions(), new BulletinOptions());
}

/// <summary>
/// Reads appsettings.json's Register and Bulletin sections the way the command line binds them
/// (keys in any case, comments and trailing commas allowed), for a front end without the
/// configuration library: the add-in, which gets the same file from staff once. Keys it does
/// not know are left to the command line, which checks them; a file that is not JSON, not
/// UTF-8, or gives a text where a list belongs is a problem naming the line.
/// </summary>
public static class SettingsFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <exception cref="SettingsException">The file cannot be read as settings.</exception>
    public static ReadingSettings Read(string file, byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.InvalidData)
            throw new SettingsException(SettingsProblems.NotUtf8(file, bytes.AsSpan(0, valid).Count((byte)'\n') + 1));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(Encoding.UTF8.Preamble.Length > 0 && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0), Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            if (e.Message.Contains("invalid escapable character", StringComparison.OrdinalIgnoreCase))
                throw new SettingsException(SettingsProblems.BackslashInPath(file, line));
            throw new SettingsException(SettingsProblems.InvalidJson(file, line, (e.BytePositionInLine ?? 0) + 1, e.Message.Split(" LineNumber:", 2)[0].Trim()));
        }
        using (document)
        {
            var settings = ReadingSettings.Default;
            if (Property(document.RootElement, "Register") is { } register && Property(register, "Sheets") is { ValueKind: JsonValueKind.Object } sheets)
            {
                foreach (var sheet in sheets.EnumerateObject())
                {
                    var aliases = new SheetAliases();
                    if (Property(sheet.Value, "Names") is { } names) aliases.Names = List(file, $"Register:Sheets:{sheet.Name}:Names", names);
                    if (Property(sheet.Value, "Columns") is { ValueKind: JsonValueKind.Object } columns)
                    {
                        foreach (var column in columns.EnumerateObject())
                            aliases.Columns[column.Name] = List(file, $"Register:Sheets:{sheet.Name}:Columns:{column.Name}", column.Value);
                    }
                    settings.Register.Sheets[sheet.Name] = aliases;
                }
            }
            if (Property(document.RootElement, "Bulletin") is { } bulletin)
            {
                if (Property(bulletin, "MissingValueMarker") is { ValueKind: JsonValueKind.String } marker) settings.Bulletin.MissingValueMarker = marker.GetString()!;
                if (Property(bulletin, "PeriodLength") is { ValueKind: JsonValueKind.String } length) settings.Bulletin.PeriodLength = length.GetString()!;
            }
            return settings;
        }
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        return null;
    }

    private static List<string> List(string file, string key, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
        _ => throw new SettingsException(SettingsProblems.NotAList(file, key, $"\"{key.Split(':')[^1]}\": [ \"{(value.ValueKind == JsonValueKind.String ? value.GetString() : "…")}\" ]")),
    };
}

/// <summary>The settings file cannot be read; the problem says where and what to do.</summary>
public sealed class SettingsException(Problem problem) : Exception(problem.Message)
{
    public Problem Problem { get; } = problem;
}
