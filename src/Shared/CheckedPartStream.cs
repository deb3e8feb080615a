using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace ReportBuilder.Shared;

/// <summary>
/// Reads one zip entry and, when its end is reached, checks the bytes against the zip
/// directory's CRC-32 and size. ZipArchive does not check them, so a flipped byte in a
/// stored part would otherwise be read as a different value without a word. One source file
/// linked into the workbook reader and the template reader; each says how damage is reported.
/// </summary>
internal sealed class CheckedPartStream : Stream
{
    private readonly ZipArchiveEntry _entry;
    private readonly Stream _inner;
    private readonly Func<string, Exception> _damaged;
    private readonly Crc32 _crc = new();
    private long _length;
    private bool _checked;

    private CheckedPartStream(ZipArchiveEntry entry, Stream inner, Func<string, Exception> damaged)
    {
        _entry = entry;
        _inner = inner;
        _damaged = damaged;
    }

    /// <summary>Opens the entry; a local header the zip reader refuses is damage too.</summary>
    /// <param name="damaged">Makes the caller's exception from what is wrong, said of the part ("its bytes …").</param>
    public static CheckedPartStream Open(ZipArchiveEntry entry, Func<string, Exception> damaged)
    {
        try
        {
            return new CheckedPartStream(entry, entry.Open(), damaged);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw damaged($"its zip entry is damaged ({e.Message})");
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw _damaged($"its compressed data is corrupt ({e.Message})");
        }
        _crc.Append(buffer[..read]);
        _length += read;
        if (_length > _entry.Length) Check(); // more than the directory says: stop now, it may never end
        if (read == 0 && buffer.Length > 0) Check();
        return read;
    }

    private void Check()
    {
        if (_checked) return;
        _checked = true;
        if (_length != _entry.Length)
            throw _damaged(string.Create(CultureInfo.InvariantCulture, $"it holds {_length:N0} bytes where the zip directory says {_entry.Length:N0}"));
        if (_crc.GetCurrentHashAsUInt32() != _entry.Crc32)
            throw _damaged("its bytes do not match their checksum (CRC-32)");
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
