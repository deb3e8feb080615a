namespace ReportBuilder.Register.Model;

/// <summary>How many tenge one unit of Currency cost from Date on.</summary>
public sealed record ExchangeRate(DateOnly Date, string Currency, decimal KztPerUnit, SourceRow Row);
