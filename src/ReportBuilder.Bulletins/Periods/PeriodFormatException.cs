using ReportBuilder.Problems;

namespace ReportBuilder.Bulletins.Periods;

/// <summary>A period that cannot be read, with what is wrong said in the reader's language.</summary>
public sealed class PeriodFormatException(LocalText text) : FormatException(text.ToString())
{
    public LocalText Text { get; } = text;
}
