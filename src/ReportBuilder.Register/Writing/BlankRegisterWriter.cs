using ClosedXML.Excel;
using ReportBuilder.Register.Layout;
using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Writing;

/// <summary>
/// A blank register ready for staff (reportbuilder init): an Instructions sheet, then one Excel
/// Table per sheet with styled, frozen headers, fixed widths, drop-down lists for closed sets
/// (Type, Punishment, Gender, Publish, and PersonId from the Persons sheet), date and number
/// validation, and an input message on each header explaining the column in English and Russian.
/// </summary>
public static class BlankRegisterWriter
{
    /// <summary>Rows prepared with validation; Excel Tables grow by themselves as staff type.</summary>
    private const int Rows = 5000;

    private static readonly string[] DateColumns = ["Date", "From", "Until"];
    private static readonly string[] WholeColumns = ["TermMonths", "PreviousTermMonths", "CommunityServiceHours", "ActivityBanYears", "SocialMediaBanYears"];
    private static readonly string[] MoneyColumns = ["CourtFeesKzt", "FundPaymentKzt", "ExpertiseFeeKzt", "FineKzt", "KztPerUnit"];

    public static void Write(Stream stream)
    {
        using var workbook = new XLWorkbook();
        Instructions(workbook.AddWorksheet("Instructions"));
        foreach (var spec in RegisterSheets.All) Sheet(workbook, spec);
        workbook.Worksheet("Persons").SetTabActive();
        workbook.SaveAs(stream);
    }

    private static void Sheet(XLWorkbook workbook, SheetSpec spec)
    {
        var sheet = workbook.AddWorksheet(spec.Name);
        var columns = spec.Columns.Select(c => c.Name).ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.SetValue(columns[c]);
            var (en, ru) = ColumnHelp.For(columns[c]);
            var message = cell.SetDataValidation();
            message.InputTitle = columns[c];
            message.InputMessage = $"{en}\n{ru}";
            message.ShowInputMessage = true;
            sheet.Column(c + 1).Width = Math.Clamp(columns[c].Length + 6, 12, 40);
        }
        // An Excel Table needs a first data row; staff type into it and the table grows.
        var table = sheet.Range(1, 1, 2, columns.Count).CreateTable(spec.Name + "Table");
        table.Theme = XLTableTheme.TableStyleMedium2;
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);

        for (var c = 0; c < columns.Count; c++)
        {
            var range = sheet.Range(2, c + 1, Rows, c + 1);
            var name = columns[c];
            if (spec == RegisterSheets.Events && name == "Type") List(range, KebabNames.All<EventType>());
            else if (spec == RegisterSheets.Events && name == "Punishment") List(range, KebabNames.All<Punishment>());
            else if (spec == RegisterSheets.Events && name == "Publish") List(range, ["Y", "N"]);
            else if (name == "Gender") List(range, ["M", "F", "м", "ж"]);
            else if (spec == RegisterSheets.Forms && name == "Kind") List(range, ["name", "town", "description", "judge"]);
            else if (spec == RegisterSheets.Events && name == "PersonId")
            {
                var validation = range.SetDataValidation();
                validation.List(workbook.Worksheet("Persons").Range(2, 1, Rows, 1), true);
                Explain(validation, "PersonId must be on the Persons sheet.", "Код лица должен быть на листе Persons.");
            }
            else if (DateColumns.Contains(name))
            {
                var validation = range.SetDataValidation();
                validation.Date.Between(new DateTime(1991, 1, 1), new DateTime(2100, 12, 31));
                Explain(validation, "Type a date such as 07.04.2021.", "Введите дату, например 07.04.2021.");
                // A column style, not 5,000 styled cells: the blank register stays small, and
                // Excel gives new rows the column's format as staff type.
                sheet.Column(c + 1).Style.NumberFormat.Format = "dd.mm.yyyy";
            }
            else if (WholeColumns.Contains(name))
            {
                var validation = range.SetDataValidation();
                validation.WholeNumber.EqualOrGreaterThan(0);
                Explain(validation, "A whole number, 0 or more.", "Целое число, 0 или больше.");
            }
            else if (MoneyColumns.Contains(name))
            {
                var validation = range.SetDataValidation();
                validation.Decimal.EqualOrGreaterThan(0);
                Explain(validation, "An amount, 0 or more, e.g. 27780 or 840.50.", "Сумма, 0 или больше, например 27780 или 840,50.");
            }
        }
    }

    private static void List(IXLRange range, IReadOnlyList<string> values)
    {
        var validation = range.SetDataValidation();
        validation.List("\"" + string.Join(",", values) + "\"", true);
        Explain(validation, "Pick a value from the list: " + string.Join(", ", values) + ".", "Выберите значение из списка.");
    }

    private static void Explain(IXLDataValidation validation, string en, string ru)
    {
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = "ReportBuilder";
        validation.ErrorMessage = $"{en}\n{ru}";
        validation.ShowErrorMessage = true;
    }

    private static void Instructions(IXLWorksheet sheet)
    {
        string[] lines =
        [
            "Register of politically motivated prosecutions / Реестр политически мотивированных преследований",
            "",
            "1. Persons: one row per person. PersonId must be unique (P001, P002 …).",
            "   Лица: одна строка на человека. Код лица уникален (P001, P002 …).",
            "2. Events: one row per procedural event; PersonId must exist on Persons; Type and Punishment come from the lists.",
            "   События: одна строка на событие; код лица должен быть на листе Persons; Type и Punishment — из списков.",
            "3. Articles: the title of each article and part used in Events, in both languages.",
            "   Статьи: название каждой статьи и части, в обоих языках.",
            "4. Context: background paragraphs with the dates they apply to.  Контекст: абзацы с датами, к которым они относятся.",
            "5. Rates: tenge per US dollar from a date on.  Курсы: тенге за доллар с указанной даты.",
            "6. Forms: Russian forms confirmed once, for every bulletin after: a name, town, description or judge as the register writes it, and the cases",
            "   (or the judge's gender) the rules got wrong. The checked copy lists the forms the rules were not sure of, ready to confirm and copy here.",
            "   Формы: русские формы, подтверждённые один раз для всех следующих бюллетеней: имя, город, описание или судья, как в реестре, и падежи",
            "   (или пол судьи), в которых ошиблись правила. Проверенная копия перечисляет формы, в которых правила не уверены: проверьте их и скопируйте сюда.",
            "",
            "Fill in English and Russian columns alike; a missing translation is flagged in the drafts.",
            "Заполняйте английские и русские колонки; пропущенный перевод будет отмечен в черновике.",
            "Check the register: double-click 'Check register' (a marked copy, register.checked.xlsx, opens). Bulletins: double-click 'Generate bulletin'; after corrections, 'Generate bulletin again (replace drafts)'.",
            "Проверка реестра: двойной щелчок по 'Check register' (откроется копия с отмеченными ошибками). Бюллетень: 'Generate bulletin'; после исправлений — 'Generate bulletin again (replace drafts)'.",
        ];
        for (var i = 0; i < lines.Length; i++) sheet.Cell(i + 1, 1).SetValue(lines[i]);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Column(1).Width = 120;
    }
}
