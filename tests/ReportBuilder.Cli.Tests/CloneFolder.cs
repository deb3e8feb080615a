using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>A temporary folder laid out like a fresh clone: appsettings.json and templates/ (with the sample register).</summary>
internal static class CloneFolder
{
    public static void Prepare(TempFolder folder, bool withSettings = true)
    {
        if (withSettings) File.Copy(RepoPaths.File("appsettings.json"), folder.File("appsettings.json"));
        Directory.CreateDirectory(folder.File("templates"));
        foreach (var file in Directory.GetFiles(RepoPaths.File("templates")))
            File.Copy(file, folder.File(Path.Combine("templates", Path.GetFileName(file))));
    }
}
