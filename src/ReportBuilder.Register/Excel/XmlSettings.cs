using System.Xml;

namespace ReportBuilder.Register.Excel;

internal static class XmlSettings
{
    /// <summary>Forward-only reading with no DTDs (a workbook is untrusted input).</summary>
    public static readonly XmlReaderSettings Fast = new()
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    };
}
