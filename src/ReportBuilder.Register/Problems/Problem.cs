namespace ReportBuilder.Register.Problems;

/// <summary>
/// One thing wrong with the register, located precisely enough that a member of staff can
/// open the workbook and fix it: workbook file, sheet, cell, the value found and what was expected.
/// </summary>
/// <param name="Id">Stable identifier of the kind of problem (RB004), for docs and filtering.</param>
/// <param name="Code">Readable slug of the same kind (bad-date).</param>
public sealed record Problem(
    string Id,
    string Code,
    Severity Severity,
    string File,
    string? Sheet,
    string? Cell,
    string? Value,
    string Message)
{
    /// <summary>Where the problem is, as people say it: <c>register.xlsx Events!D14</c>.</summary>
    public string Location =>
        Sheet is null ? File
        : Cell is null ? $"{File} {Sheet}"
        : $"{File} {Sheet}!{Cell}";

    public override string ToString() => $"{Severity.ToString().ToUpperInvariant()} {Id} {Location}: {Message}";
}
