namespace ReportBuilder.Register.Excel;

/// <summary>Recognises what a file really is from its first bytes, before trying to unzip it.</summary>
internal static class FileSignature
{
    public static void Check(ReadOnlySpan<byte> bytes, string name)
    {
        var head = bytes[..Math.Min(8, bytes.Length)];
        var read = head.Length;
        if (read == 0)
            throw new WorkbookUnreadableException(name, "the file is empty (0 bytes)",
                "It may have been cut off while copying; take the workbook from its original place again.");
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return;
        if (read >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new WorkbookUnreadableException(name,
                "it is a legacy Excel 97-2003 workbook (.xls) or a password-protected workbook",
                "Open it in Excel, remove the password if it has one (File > Info > Protect Workbook), and save it as an Excel Workbook (.xlsx).");
        throw new WorkbookUnreadableException(name,
            "it is not an Excel workbook (it looks like " + Describe(head[..read]) + ")",
            "Open it in Excel and save it as an Excel Workbook (.xlsx).");
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is < 9 or (> 13 and < 32)) return "binary data";
        }
        return "plain text, for example CSV";
    }
}
