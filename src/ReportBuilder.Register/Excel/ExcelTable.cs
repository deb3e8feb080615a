namespace ReportBuilder.Register.Excel;

/// <summary>An Excel Table's name and range; with a header row its first row holds the headers.</summary>
public sealed record ExcelTable(string Name, CellRange Range, bool HasHeaderRow);
