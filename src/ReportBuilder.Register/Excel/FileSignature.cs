using ReportBuilder.Problems;
namespace ReportBuilder.Register.Excel;

/// <summary>Recognises what a file really is from its first bytes, before trying to unzip it.</summary>
internal static class FileSignature
{
    public static void Check(ReadOnlySpan<byte> bytes, string name)
    {
        var head = bytes[..Math.Min(8, bytes.Length)];
        var read = head.Length;
        if (read == 0)
            throw new WorkbookUnreadableException(name, new LocalText("RB002.Empty"), new LocalText("RB002.Hint.Empty"));
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return;
        if (read >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new WorkbookUnreadableException(name, new LocalText("RB002.Legacy"), new LocalText("RB002.Hint.Legacy"));
        throw new WorkbookUnreadableException(name, new LocalText("RB002.NotWorkbook", ("looksLike", Describe(head[..read]))), new LocalText("RB002.Hint.SaveAsXlsx"));
    }

    private static LocalText Describe(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is < 9 or (> 13 and < 32)) return new LocalText("RB002.LooksBinary");
        }
        return new LocalText("RB002.LooksText");
    }
}
