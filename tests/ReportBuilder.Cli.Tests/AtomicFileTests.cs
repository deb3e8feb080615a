using ReportBuilder.Cli.Errors;
using ReportBuilder.Cli.Output;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>Nothing is lost: a write that fails midway leaves the old file as it was and no partial file.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_disk_full_midway_leaves_the_old_draft_intact_and_no_partial_file()
    {
        var draft = _temp.File("bulletin.en.docx");
        File.WriteAllText(draft, "the editor's version");
        var stamp = File.GetLastWriteTimeUtc(draft);

        var e = Assert.Throws<UserException>(() => AtomicFile.Write(draft, overwrite: true, stream =>
        {
            stream.Write(new byte[64 * 1024]);
            throw new IOException("No space left on device");
        }));

        Assert.Contains("No space left on device", e.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", e.Hint, StringComparison.Ordinal);
        Assert.Equal("the editor's version", File.ReadAllText(draft));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(draft));
        Assert.Equal([draft], Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void A_crash_of_the_writer_leaves_no_partial_file()
    {
        var path = _temp.File("new.docx");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, overwrite: false, stream =>
        {
            stream.Write(new byte[1000]);
            throw new InvalidOperationException("bug in the middle of writing");
        }));

        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void A_complete_write_replaces_the_file_only_when_asked()
    {
        var path = _temp.File("a.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<UserException>(() => AtomicFile.Write(path, overwrite: false, s => s.Write("new"u8)));
        Assert.Equal("old", File.ReadAllText(path));

        AtomicFile.Write(path, overwrite: true, s => s.Write("new"u8));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_temp.Path));
    }
}
