using System.Globalization;

namespace ReportBuilder.Register.Excel;

/// <summary>
/// How much of a workbook the reader takes, each far above any real register (the largest
/// benchmark register, 100,000 events, has a 60 MB sheet part of 2.4 million cells, and Excel
/// keeps at most 32,767 characters in a cell), so that a zip bomb or a runaway file ends in a
/// message rather than in running out of memory.
/// </summary>
internal static class ReadLimits
{
    /// <summary>The most bytes one part may inflate to.</summary>
    public const int MaxPartBytes = 512 << 20;

    /// <summary>Past this size, a part may inflate to at most this many times its stored size.</summary>
    public const int MaxInflateRatio = 200;
    public const int RatioCheckedFrom = 16 << 20;

    /// <summary>The most characters one text (a cell, a shared text) may hold.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>The most cells one sheet may hold.</summary>
    public const int MaxCellsPerSheet = 10_000_000;

    public static DamagedPartException PartTooLarge(long bytes) =>
        new(Invariant($"the part inflates to {bytes / (1 << 20):N0} MB, more than the {MaxPartBytes / (1 << 20):N0} MB ReportBuilder reads"), isLimit: true);

    public static DamagedPartException Bomb(long bytes, long stored) =>
        new(Invariant($"the part inflates from {stored:N0} to {bytes:N0} bytes, more than {MaxInflateRatio} times its stored size, as only a zip bomb does"), isLimit: true);

    public static DamagedPartException TextTooLong(int length) =>
        new(Invariant($"a text holds {length:N0} characters, more than the {MaxTextLength:N0} ReportBuilder reads (Excel keeps at most 32,767)"), isLimit: true);

    public static DamagedPartException TooManyCells(int row) =>
        new(Invariant($"the sheet holds more than {MaxCellsPerSheet:N0} cells, the most ReportBuilder reads from one sheet"), row, isLimit: true);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
