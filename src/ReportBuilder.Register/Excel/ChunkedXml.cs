namespace ReportBuilder.Register.Excel;

/// <summary>
/// Feeds a large XML part to a scanner in chunks, so memory stays bounded whatever the
/// sheet's size. The scanner says how many bytes it consumed (whole records only); the rest
/// is kept for the next chunk, and the buffer grows when one record does not fit.
/// </summary>
internal static class ChunkedXml
{
    private const int InitialSize = 1 << 20;

    public delegate int ScanChunk(ReadOnlySpan<byte> chunk, bool final);

    public static void Scan(Stream stream, ScanChunk scan)
    {
        var buffer = new byte[InitialSize];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var final = read == 0;
            var consumed = scan(buffer.AsSpan(0, filled), final);
            if (final) return;
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
        }
    }
}
