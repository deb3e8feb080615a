using ReportBuilder.Cli.Errors;

namespace ReportBuilder.Cli.Output;

/// <summary>
/// Writes an output file so that nothing is lost: the content goes to a temporary file in
/// the target folder and is moved into place only when complete. An existing file (an editor
/// may have worked on it) is replaced only when the user asked for it.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, bool overwrite, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite) throw OutputErrors.Exists(path);
        // On Windows Word locks an open document; a read-only file is treated the same everywhere.
        if (File.Exists(full) && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly)) throw OutputErrors.ReadOnly(path);
        var folder = Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite(folder, e.Message);
        }
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite(path, e.Message);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
