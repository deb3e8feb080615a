using System.Reflection;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Bulletins.Language.Declension;

/// <summary>
/// Given names and their gender (Data/given-names.txt): Kazakh, Russian, Ukrainian, Uzbek,
/// Kyrgyz, Tatar, Uyghur, Georgian, Armenian, Azerbaijani, Chechen, Korean and German names
/// in common use in Kazakhstan. A name used for both genders is known but decides nothing.
/// </summary>
public static class GivenNames
{
    private static readonly Lazy<Dictionary<string, Gender?>> Names = new(Load);

    /// <summary>How many distinct names the list holds.</summary>
    public static int Count => Names.Value.Count;

    /// <summary>The name's gender; null when the name is not on the list or is used for both.</summary>
    public static Gender? GenderOf(string name) => Names.Value.GetValueOrDefault(Key(name));

    public static bool IsKnown(string name) => Names.Value.ContainsKey(Key(name));

    /// <summary>
    /// The form names are compared in: lower case, Kazakh letters as their Russian look-alikes
    /// (Гүлназ = Гульназ, Нұрлан = Нурлан), without soft and hard signs, spaces and hyphens.
    /// </summary>
    public static string Key(string name)
    {
        var key = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var plain = c switch
            {
                'ә' => 'а', 'ғ' => 'г', 'қ' => 'к', 'ң' => 'н', 'ө' => 'о', 'ұ' or 'ү' => 'у', 'һ' => 'х', 'і' => 'и', 'ё' => 'е',
                'ь' or 'ъ' or ' ' or '-' => '\0',
                _ => c,
            };
            if (plain != '\0') key.Append(plain);
        }
        return key.ToString();
    }

    /// <summary>Each "M:", "F:" or "U:" line of the list, read into one table.</summary>
    internal static Dictionary<string, Gender?> Parse(IEnumerable<string> lines)
    {
        var names = new Dictionary<string, Gender?>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length < 2 || line[1] != ':' || line[0] is not ('M' or 'F' or 'U')) continue;
            Gender? gender = line[0] switch { 'M' => Gender.Male, 'F' => Gender.Female, _ => null };
            foreach (var name in line[2..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = Key(name);
                // A name on both lists is used for both: it decides nothing.
                names[key] = names.TryGetValue(key, out var earlier) && earlier != gender ? null : gender;
            }
        }
        return names;
    }

    private static Dictionary<string, Gender?> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportBuilder.Bulletins.GivenNames")
            ?? throw new InvalidOperationException("The given-names list is not in the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return Parse(lines);
    }
}
