using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Writing;

/// <summary>
/// Writes a register of any size row by row (OpenXmlWriter, inline strings), in the same
/// layout as <see cref="RegisterWriter"/>: ClosedXML needs seconds and gigabytes for 100k rows.
/// Dates are real Excel dates shown dd.mm.yyyy.
/// </summary>
public static class StreamingRegisterWriter
{
    private const uint DateStyle = 1;

    public static void Write(CaseRegister register, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
        var sheets = new Sheets();
        uint id = 1;
        void Sheet<T>(SheetSpec spec, IReadOnlyList<T> rows, Func<T, object?[]> values, Func<T, IReadOnlyDictionary<string, string>?> extra)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var extras = rows.SelectMany(r => extra(r)?.Keys ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, [.. spec.Columns.Select(c => c.Name), .. extras]);
                for (var r = 0; r < rows.Count; r++)
                {
                    var cells = values(rows[r]);
                    var more = extra(rows[r]);
                    WriteRow(writer, r + 2, [.. cells, .. extras.Select(e => more?.GetValueOrDefault(e))]);
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            sheets.Append(new Sheet { Name = spec.Name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
        }
        Sheet(RegisterSheets.Persons, register.Persons, p => [p.Id, p.SurnameEn, p.GivenNameEn, p.SurnameRu, p.GivenNameRu, p.Gender == Gender.Female ? "F" : "M",
            p.CityEn, p.CityRu, p.RegionEn, p.RegionRu, p.DescriptionEn, p.DescriptionRu, p.BackgroundEn, p.BackgroundRu,
            p.Affiliations.Count == 0 ? null : string.Join("; ", p.Affiliations)], p => p.Extra);
        Sheet(RegisterSheets.Events, register.Events, e => [e.Id, e.PersonId, e.Date, KebabNames.Of(e.Type), e.CourtEn, e.CourtRu, e.JudgeEn, e.JudgeRu,
            e.Article, e.Part, e.Punishment is { } p ? KebabNames.Of(p) : null, e.TermMonths, e.PreviousTermMonths, e.CommunityServiceHours,
            e.ActivityBanYears, e.SocialMediaBanYears, e.CourtFeesKzt, e.FundPaymentKzt, e.ExpertiseFeeKzt, e.FineKzt, e.DetailsEn, e.DetailsRu,
            e.Publish ? "Y" : "N", e.Source], e => e.Extra);
        Sheet(RegisterSheets.Articles, register.Articles, a => [a.Article, a.Part, a.TitleEn, a.TitleRu], _ => null);
        Sheet(RegisterSheets.Context, register.Context, c => [c.From, c.Until, c.TextEn, c.TextRu], _ => null);
        Sheet(RegisterSheets.Rates, register.Rates, r => [r.Date, r.Currency, r.KztPerUnit], _ => null);
        workbookPart.Workbook = new Workbook(sheets);
    }

    private static void WriteRow(OpenXmlWriter writer, int row, object?[] values)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is not { } value) continue;
            var reference = Excel.CellAddress.Format(row, c + 1);
            switch (value)
            {
                case string text:
                    writer.WriteElement(new Cell(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString });
                    break;
                case DateOnly date:
                    writer.WriteElement(new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)))
                        { CellReference = reference, StyleIndex = DateStyle });
                    break;
                default:
                    writer.WriteElement(new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)) { CellReference = reference });
                    break;
            }
        }
        writer.WriteEndElement();
    }
}
