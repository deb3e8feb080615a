namespace ReportBuilder.Register;

/// <summary>
/// What a long call is doing now, for a front end to show while it waits: reading workbook 1 of
/// 2 (its name), checking the register, writing draft 2 of 2 (its language).
/// </summary>
/// <param name="Detail">The workbook's name or the draft's language; empty for checking.</param>
public sealed record WorkStage(WorkStageKind Kind, string Detail, int Number, int Of);
