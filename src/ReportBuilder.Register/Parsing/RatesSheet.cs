using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>Reads the Rates sheet: tenge per unit of a currency from a date on.</summary>
internal static class RatesSheet
{
    public static IEnumerable<ExchangeRate> Read(SheetTable t)
    {
        foreach (var row in t.DataRows)
        {
            var date = t.Date(row, "Date", required: true);
            var currency = t.RequiredText(row, "Currency");
            var rate = t.Decimal(row, "KztPerUnit", required: true);
            if (date is { } d && currency is not null && rate is { } r)
                yield return new ExchangeRate(d, currency.ToUpperInvariant(), r, t.Source(row));
        }
    }
}
