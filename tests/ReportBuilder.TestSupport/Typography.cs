namespace ReportBuilder.TestSupport;

/// <summary>
/// Text with its non-breaking spaces shown or set aside. Tests of the words compare plain text
/// (Plain); the typography tests compare where the non-breaking spaces stand (Marked: «·»).
/// </summary>
public static class Typography
{
    public const char Nbsp = '\u00A0';

    /// <summary>Non-breaking spaces as ordinary ones: for tests of the words.</summary>
    public static string Plain(string text) => text.Replace(Nbsp, ' ');

    /// <summary>Non-breaking spaces as «·»: "7·апреля 2021·года".</summary>
    public static string Marked(string text) => text.Replace(Nbsp, '·');
}
