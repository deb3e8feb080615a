using ReportBuilder.Problems;
using Microsoft.Extensions.FileSystemGlobbing;
using ReportBuilder.Register.Problems;
using ReportBuilder.Register.Writing;

namespace ReportBuilder.Register;

/// <summary>
/// Turns the configured register paths (files, folders, globs such as registers/*.xlsx)
/// into workbook files. Excel's lock files (~$register.xlsx) and Check register's marked copies
/// (*.checked.xlsx) are skipped when a folder or pattern is read: a copy read back would print
/// every paragraph twice and make every id a duplicate.
/// </summary>
public static class RegisterFiles
{
    public static IReadOnlyList<string> Resolve(IEnumerable<string> paths, string baseFolder, ProblemList problems)
    {
        var files = new List<string>();
        foreach (var raw in paths)
        {
            var path = Path.IsPathRooted(raw) ? raw : Path.GetFullPath(Path.Combine(baseFolder, raw));
            var found = raw.IndexOfAny(['*', '?']) >= 0 ? Glob(path)
                : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.xlsx").Where(IsWorkbook).Order(StringComparer.Ordinal).ToList()
                : File.Exists(path) ? [path]
                : [];
            if (found.Count == 0 && !File.Exists(path))
            {
                problems.Add(RegisterProblems.NoFiles(raw));
                continue;
            }
            foreach (var file in found)
            {
                if (!files.Contains(file, StringComparer.Ordinal)) files.Add(file);
            }
        }
        return files;
    }

    private static List<string> Glob(string pattern)
    {
        // The folder part before the first wildcard is the root; the rest is the pattern.
        var full = pattern.Replace('\\', '/');
        var wildcard = full.IndexOfAny(['*', '?']);
        var slash = full.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : full[..slash];
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude(full[(slash + 1)..]);
        return Directory.Exists(root)
            ? [.. matcher.GetResultsInFullPath(root).Where(IsWorkbook).Order(StringComparer.Ordinal)]
            : [];
    }

    private static bool IsWorkbook(string file) =>
        !Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal) && !file.EndsWith(CheckedCopy.Suffix, StringComparison.OrdinalIgnoreCase);
}
