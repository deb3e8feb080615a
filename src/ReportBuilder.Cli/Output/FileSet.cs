using System.Runtime.InteropServices;
using ReportBuilder.Cli.Errors;

namespace ReportBuilder.Cli.Output;

/// <summary>
/// Writes several files into one folder all or none: the English and Russian drafts of a
/// bulletin belong together, so a full disk, a draft open in Word, Ctrl+C or a second run into
/// the same folder must never leave one language new and the other old (or another register's).
/// <list type="number">
/// <item>A lock file in the folder keeps two runs apart (the second waits, then goes on).</item>
/// <item>Temporary files a killed run left behind are removed.</item>
/// <item>Every file is written to a temporary file in the folder and flushed to disk.</item>
/// <item>Only then are they moved into place, each old file first moved aside; if any move
/// fails, the new files are removed and the old ones put back.</item>
/// </list>
/// </summary>
public static class FileSet
{
    /// <summary>Every temporary name starts so, which lets a later run find what a killed one left.</summary>
    private const string TemporaryPrefix = ".rb-";
    private const string LockName = ".reportbuilder.lock";
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    /// <summary>Test hooks, per thread: wrap each temporary file's stream (a disk that fills), and run after each move into place (an interruption).</summary>
    [ThreadStatic] internal static Func<Stream, Stream>? WrapStream;
    [ThreadStatic] internal static Action<int>? AfterMove;

    /// <summary>Files whose content is ready in memory (the rendered drafts).</summary>
    public static void Write(string folder, IReadOnlyList<(string Name, byte[] Bytes)> files, bool overwrite, CancellationToken cancel = default) =>
        Write(folder, [.. files.Select(f => (f.Name, (Action<Stream>)(stream => stream.Write(f.Bytes))))], overwrite, cancel);

    /// <param name="files">Each file's name and what writes it (a writer that throws leaves nothing behind).</param>
    /// <exception cref="UserException">Nothing was written, or what was there is back; the message says which.</exception>
    public static void Write(string folder, IReadOnlyList<(string Name, Action<Stream> Write)> files, bool overwrite, CancellationToken cancel = default)
    {
        folder = Path.GetFullPath(folder);
        var targets = files.Select(f => Path.Combine(folder, f.Name)).ToArray();
        var existing = targets.Where(File.Exists).ToArray();
        if (existing.Length > 0 && !overwrite) throw OutputErrors.Exists(existing);
        // Word locks an open document on Windows; a read-only file is refused the same way everywhere,
        // before anything is written, so the other language is not replaced either.
        foreach (var path in existing)
        {
            if (File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)) throw OutputErrors.ReadOnly(path);
        }
        CreateFolder(folder);

        using var folderLock = Lock(folder);
        // Ctrl+C, a closed window or a kill while the files are written: finish or undo, then stop.
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var signals = new DisposableList([.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                interrupted.Cancel();
            }))]);
        cancel = interrupted.Token;
        RemoveStaleTemporaries(folder);
        var temporaries = new List<string>();
        var asides = new List<(string Aside, string Target)>();
        var placed = new List<string>();
        try
        {
            foreach (var (name, write) in files)
            {
                cancel.ThrowIfCancellationRequested();
                var temporary = Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}.{name}.tmp");
                temporaries.Add(temporary);
                WriteFlushed(temporary, write);
            }
            cancel.ThrowIfCancellationRequested();
            // From here on the moves are quick and are not cancelled half-way: they complete, or are undone.
            for (var i = 0; i < targets.Length; i++)
            {
                if (File.Exists(targets[i]))
                {
                    if (!overwrite) throw OutputErrors.Exists(targets[i]); // another program made it meanwhile
                    var aside = Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}.{files[i].Name}.old.tmp");
                    File.Move(targets[i], aside);
                    asides.Add((aside, targets[i]));
                }
                File.Move(temporaries[i], targets[i]);
                placed.Add(targets[i]);
                AfterMove?.Invoke(i);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            var restored = Undo(placed, asides);
            Delete(temporaries);
            if (e is OperationCanceledException) throw OutputErrors.Interrupted(folder, restored);
            // One file (a template, a register, a marked copy) is named as such; a set says what became of each.
            if (files.Count == 1 && restored) throw OutputErrors.CannotWrite(targets[0], e.Message);
            throw OutputErrors.SetNotWritten(folder, files.Select(f => f.Name), e.Message, restored);
        }
        catch
        {
            Undo(placed, asides);
            Delete(temporaries);
            throw;
        }
        Delete(asides.Select(a => a.Aside));
    }

    private static void WriteFlushed(string path, Action<Stream> write)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        var stream = WrapStream?.Invoke(file) ?? file;
        write(stream);
        stream.Flush();
        file.Flush(flushToDisk: true);
    }

    /// <summary>Removes the new files and puts the old ones back; false when something could not be restored.</summary>
    private static bool Undo(List<string> placed, List<(string Aside, string Target)> asides)
    {
        var complete = true;
        foreach (var path in placed) complete &= Try(() => File.Delete(path));
        foreach (var (aside, target) in asides) complete &= Try(() => File.Move(aside, target, overwrite: true));
        return complete;
    }

    private static void Delete(IEnumerable<string> paths)
    {
        foreach (var path in paths) Try(() => File.Delete(path));
    }

    private static bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Temporary files of a run that was killed (power cut, kill -9): old files moved aside are put
    /// back where their place is empty, the rest removed. Runs only under the folder's lock, so no
    /// live run's files are touched.
    /// </summary>
    private static void RemoveStaleTemporaries(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, TemporaryPrefix + "*.tmp"))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(".old.tmp", StringComparison.Ordinal) && name.Length > TemporaryPrefix.Length + 33 + ".old.tmp".Length)
            {
                // .rb-<32 hex>.<name>.old.tmp: the run was killed while moving files into place, so
                // the earlier file goes back (the set is old again, not half new).
                var original = Path.Combine(folder, name[(TemporaryPrefix.Length + 33)..^".old.tmp".Length]);
                if (Try(() => File.Move(path, original, overwrite: true))) continue;
            }
            Try(() => File.Delete(path));
        }
    }

    private static FileStream Lock(string folder)
    {
        var path = Path.Combine(folder, LockName);
        // Elapsed time, not the date: a stopwatch, so no step of the program reads the wall clock but FrozenClock.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // Deleted on close, so no lock file is left among the drafts. The runtime removes the
                // name while it still holds the lock (Unix) or when the last handle closes (Windows), so
                // a waiting run never locks a file that is already on its way out.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                throw OutputErrors.Busy(folder);
            }
        }
    }

    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite(folder, e.Message);
        }
    }

    private sealed class DisposableList(List<PosixSignalRegistration> items) : IDisposable
    {
        public void Dispose() => items.ForEach(i => i.Dispose());
    }
}
