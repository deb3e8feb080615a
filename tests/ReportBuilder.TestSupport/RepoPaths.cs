namespace ReportBuilder.TestSupport;

/// <summary>Files of the repository (templates, sample register), found from the test's folder upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ReportBuilder.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
