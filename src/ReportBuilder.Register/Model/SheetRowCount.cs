namespace ReportBuilder.Register.Model;

/// <summary>One register sheet read: its workbook, its name and how many data rows it gave (blank rows not counted).</summary>
public sealed record SheetRowCount(string File, string Sheet, int Rows);
