using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// The drafts are written all or none, on disk too: after a full disk, a read-only draft, an
/// interruption between the moves or two runs at once, the folder holds both new drafts or
/// both old ones, and no temporary file.
/// </summary>
public sealed class FileSetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        FileSet.WrapStream = null;
        FileSet.AfterMove = null;
        _temp.Dispose();
    }

    private static (string, string)[] Drafts(string version) =>
        [("bulletin.en.docx", "en " + version), ("bulletin.ru.docx", "ru " + version)];

    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private void WriteOld() => FileSet.Write(_temp.Path, [.. Drafts("old").Select(d => (d.Item1, Bytes(d.Item2)))], overwrite: false);

    private static void Write(string folder, string version, bool overwrite = true) =>
        FileSet.Write(folder, [.. Drafts(version).Select(d => (d.Item1, Bytes(d.Item2)))], overwrite);

    /// <summary>The drafts' contents, and that nothing else (no temporary or lock file) is in the folder.</summary>
    private string State()
    {
        var names = Directory.GetFiles(_temp.Path).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["bulletin.en.docx", "bulletin.ru.docx"], names);
        return File.ReadAllText(_temp.File("bulletin.en.docx")) + " | " + File.ReadAllText(_temp.File("bulletin.ru.docx"));
    }

    [Fact]
    public void A_disk_that_fills_while_the_second_draft_is_written_leaves_both_old_drafts()
    {
        WriteOld();
        var opened = 0;
        FileSet.WrapStream = stream => ++opened == 2 ? new FailingStream(stream) : stream;
        var e = Assert.Throws<UserException>(() => Write(_temp.Path, "new"));
        Assert.Contains("No space left on device", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Nothing was changed", e.Hint, StringComparison.Ordinal);
        Assert.Equal("en old | ru old", State());
    }

    [Fact]
    public void A_read_only_old_russian_draft_leaves_the_english_one_unreplaced_too()
    {
        WriteOld();
        File.SetAttributes(_temp.File("bulletin.ru.docx"), FileAttributes.ReadOnly);
        try
        {
            var e = Assert.Throws<UserException>(() => Write(_temp.Path, "new"));
            Assert.Contains("read-only", e.Message, StringComparison.Ordinal);
            Assert.Equal("en old | ru old", State());
        }
        finally
        {
            File.SetAttributes(_temp.File("bulletin.ru.docx"), FileAttributes.Normal);
        }
    }

    [Fact]
    public void An_interruption_between_the_two_moves_puts_the_old_drafts_back()
    {
        WriteOld();
        FileSet.AfterMove = i => { if (i == 0) throw new OperationCanceledException(); };
        var e = Assert.Throws<UserException>(() => Write(_temp.Path, "new"));
        Assert.Contains("Stopped", e.Message, StringComparison.Ordinal);
        Assert.Equal("en old | ru old", State());
    }

    [Fact]
    public void A_move_that_fails_after_the_first_draft_is_in_place_puts_the_old_drafts_back()
    {
        WriteOld();
        FileSet.AfterMove = i => { if (i == 0) throw new IOException("The process cannot access the file"); };
        Assert.Throws<UserException>(() => Write(_temp.Path, "new"));
        Assert.Equal("en old | ru old", State());
    }

    [Fact]
    public void What_a_killed_run_left_is_cleaned_up_by_the_next_with_the_old_draft_put_back()
    {
        WriteOld();
        // Killed half-way through the moves: the English draft is new, the old one lies aside.
        File.Move(_temp.File("bulletin.en.docx"), _temp.File($".rb-{Guid.NewGuid():N}.bulletin.en.docx.old.tmp"));
        File.WriteAllText(_temp.File("bulletin.en.docx"), "en killed");
        File.WriteAllText(_temp.File($".rb-{Guid.NewGuid():N}.bulletin.ru.docx.tmp"), "ru killed");
        Assert.Throws<UserException>(() => Write(_temp.Path, "new", overwrite: false)); // refused: drafts exist
        Write(_temp.Path, "next");
        Assert.Equal("en next | ru next", State());
    }

    [Fact]
    public void The_next_run_puts_back_an_old_draft_a_killed_run_had_moved_aside()
    {
        WriteOld();
        File.Move(_temp.File("bulletin.en.docx"), _temp.File($".rb-{Guid.NewGuid():N}.bulletin.en.docx.old.tmp"));
        File.WriteAllText(_temp.File("bulletin.en.docx"), "en killed");
        FileSet.Write(_temp.Path, [("other.docx", Bytes("other"))], overwrite: false);
        Assert.Equal("en old", File.ReadAllText(_temp.File("bulletin.en.docx")));
    }

    [Fact]
    public async Task Two_runs_into_one_folder_never_leave_drafts_of_both()
    {
        for (var round = 0; round < 10; round++)
        {
            var a = Task.Run(() => Write(_temp.Path, "A"));
            var b = Task.Run(() => Write(_temp.Path, "B"));
            await Task.WhenAll(a, b);
            Assert.Contains(State(), new[] { "en A | ru A", "en B | ru B" });
        }
    }

    /// <summary>A disk that fills: the first 3 bytes go through, then "No space left on device".</summary>
    private sealed class FailingStream(Stream inner) : Stream
    {
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (inner.Length + buffer.Length > 3)
            {
                inner.Write(buffer[..(int)Math.Max(0, 3 - inner.Length)]);
                throw new IOException("No space left on device");
            }
            inner.Write(buffer);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
