namespace ReportBuilder.Cli.Output;

/// <summary>
/// Writes one output file so that nothing is lost: a set of one (<see cref="FileSet"/>), so the
/// file is written to a temporary file in its folder and moved into place only when complete,
/// under the folder's lock. An existing file (an editor may have worked on it) is replaced only
/// when the user asked for it.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, bool overwrite, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        FileSet.Write(Path.GetDirectoryName(full)!, [(Path.GetFileName(full), write)], overwrite);
    }
}
