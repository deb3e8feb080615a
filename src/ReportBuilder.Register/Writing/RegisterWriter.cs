using ClosedXML.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Writing;

/// <summary>
/// Writes a register in the documented layout with ClosedXML: one sheet per record kind,
/// headers in row 1 (bold, frozen), dates as real Excel dates shown dd.mm.yyyy, and extra
/// columns after the documented ones.
/// </summary>
public static class RegisterWriter
{
    private const string DateFormat = "dd.mm.yyyy";

    public static void Write(CaseRegister register, string path)
    {
        using var stream = File.Create(path);
        Write(register, stream);
    }

    public static void Write(CaseRegister register, Stream stream)
    {
        using var workbook = new XLWorkbook();
        WriteSheet(workbook, RegisterSheets.Persons, register.Persons, p => p.Extra, p => new object?[]
        {
            p.Id, p.SurnameEn, p.GivenNameEn, p.SurnameRu, p.GivenNameRu, p.Gender == Gender.Female ? "F" : "M",
            p.CityEn, p.CityRu, p.RegionEn, p.RegionRu, p.DescriptionEn, p.DescriptionRu,
            p.BackgroundEn, p.BackgroundRu, p.Affiliations.Count == 0 ? null : string.Join("; ", p.Affiliations),
        });
        WriteSheet(workbook, RegisterSheets.Events, register.Events, e => e.Extra, e => new object?[]
        {
            e.Id, e.PersonId, e.Date, KebabNames.Of(e.Type), e.CourtEn, e.CourtRu, e.JudgeEn, e.JudgeRu,
            e.Article, e.Part, e.Punishment is { } p ? KebabNames.Of(p) : null,
            e.TermMonths, e.PreviousTermMonths, e.CommunityServiceHours, e.ActivityBanYears, e.SocialMediaBanYears,
            e.CourtFeesKzt, e.FundPaymentKzt, e.ExpertiseFeeKzt, e.FineKzt, e.DetailsEn, e.DetailsRu,
            e.Publish ? "Y" : "N", e.Source,
        });
        WriteSheet(workbook, RegisterSheets.Articles, register.Articles, _ => null, a => new object?[] { a.Article, a.Part, a.TitleEn, a.TitleRu });
        WriteSheet(workbook, RegisterSheets.Context, register.Context, _ => null, c => new object?[] { c.From, c.Until, c.TextEn, c.TextRu });
        WriteSheet(workbook, RegisterSheets.Rates, register.Rates, _ => null, r => new object?[] { r.Date, r.Currency, r.KztPerUnit });
        workbook.SaveAs(stream);
    }

    private static void WriteSheet<T>(XLWorkbook workbook, SheetSpec spec, IReadOnlyList<T> rows,
        Func<T, IReadOnlyDictionary<string, string>?> extra, Func<T, object?[]> values)
    {
        var sheet = workbook.AddWorksheet(spec.Name);
        var extraHeaders = rows.SelectMany(r => extra(r)?.Keys ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var headers = spec.Columns.Select(c => c.Name).Concat(extraHeaders).ToList();
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).SetValue(headers[c]);
        var header = sheet.Range(1, 1, 1, headers.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        sheet.SheetView.FreezeRows(1);

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = values(rows[r]);
            for (var c = 0; c < cells.Length; c++) SetCell(sheet.Cell(r + 2, c + 1), cells[c]);
            var extras = extra(rows[r]);
            for (var c = 0; c < extraHeaders.Count; c++)
            {
                if (extras?.GetValueOrDefault(extraHeaders[c]) is { } text) sheet.Cell(r + 2, spec.Columns.Count + c + 1).SetValue(text);
            }
        }
        // Fixed widths: ClosedXML's AdjustToContents measures text with GDI, which fails on Linux.
        for (var c = 1; c <= headers.Count; c++) sheet.Column(c).Width = Math.Clamp(headers[c - 1].Length + 4, 10, 40);
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = DateFormat;
                return;
            case int number: cell.SetValue(number); return;
            case decimal number: cell.SetValue(number); return;
            case string text: cell.SetValue(text); return;
            default: cell.SetValue(value.ToString()); return;
        }
    }
}
