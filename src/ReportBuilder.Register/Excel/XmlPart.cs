using ReportBuilder.Problems;
using System.Xml;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// One XML part of the package being read with XmlReader (every part is read through it): the reader's settings (no DTD, no
/// resolver, characters checked, a size limit), the bytes' end checked against the zip
/// directory, and every exception the parse can raise turned into a
/// <see cref="DamagedPartException"/> that says what was found, so no byte sequence reaches the
/// user as an internal error.
/// </summary>
internal sealed class XmlPart
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // A DTD is parsed (never resolved, never expanded) only so that it can be refused by
        // name, with its own message, at the node where it stands.
        DtdProcessing = DtdProcessing.Parse,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = ReadLimits.MaxPartBytes,
        XmlResolver = null,
        CheckCharacters = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private readonly TailStream _stream;
    private readonly byte[] _rootEnd;

    /// <param name="root">The root element's local name (worksheet, sst), where known: a part cut off does not end with its end tag.</param>
    public XmlPart(Stream stream, string? root = null)
    {
        _stream = new TailStream(stream);
        _rootEnd = root is null ? [] : System.Text.Encoding.ASCII.GetBytes(root + ">");
        Reader = XmlReader.Create(_stream, Settings);
    }

    public XmlReader Reader { get; }

    /// <summary>After the root element: the part's remaining bytes are read, so its size and CRC-32 are checked.</summary>
    public void CheckEnd()
    {
        _stream.CopyTo(Stream.Null);
        Reader.Dispose();
    }

    /// <summary>The start of a text for a message, so a megabyte of damage does not become the message.</summary>
    public static string Excerpt(string text) => text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";

    public static DamagedPartException DtdFound() =>
        new("it contains a document type declaration (<!DOCTYPE …>, a DTD), which Excel never writes; the file was not saved by Excel or was altered");

    /// <summary>
    /// The damage an exception from reading this part means (row: where the reader was); null
    /// for what no file can cause (out of memory), which stays a bug.
    /// </summary>
    public DamagedPartException? Damage(Exception e, int? row)
    {
        Reader.Dispose();
        return e switch
        {
            DamagedPartException damaged => damaged.Row is null && row is not null ? new DamagedPartException(damaged.Detail, row, damaged.Part, damaged.IsLimit) : damaged,
            OutOfMemoryException or InsufficientExecutionStackException => null,
            XmlException when _rootEnd.Length > 0 && _stream.Ended && !_stream.EndsWith(_rootEnd) =>
                new DamagedPartException(new LocalText("Damage.CutOff"), row),
            XmlException xml => new DamagedPartException(new LocalText("Damage.Xml", ("detail", xml.Message)), row),
            FormatException or OverflowException => new DamagedPartException($"it holds a value that is not valid ({e.Message})", row),
            _ => new DamagedPartException($"it holds something that cannot be read ({e.Message})", row),
        };
    }

    /// <summary>Remembers whether the bytes ran out and how they ended, to tell a part cut off from other damage.</summary>
    private sealed class TailStream(Stream inner) : Stream
    {
        private readonly byte[] _tail = new byte[64];
        private int _tailLength;

        public bool Ended { get; private set; }

        /// <summary>Whether the part's last bytes other than white space are these.</summary>
        public bool EndsWith(ReadOnlySpan<byte> end) => _tail.AsSpan(0, _tailLength).TrimEnd(" \n\r\t"u8).EndsWith(end);

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            if (read == 0 && buffer.Length > 0) Ended = true;
            var last = buffer[..read];
            if (last.Length >= _tail.Length)
            {
                last[^_tail.Length..].CopyTo(_tail);
                _tailLength = _tail.Length;
            }
            else if (last.Length > 0)
            {
                var keep = Math.Min(_tailLength, _tail.Length - last.Length);
                _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
                last.CopyTo(_tail.AsSpan(keep));
                _tailLength = keep + last.Length;
            }
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
