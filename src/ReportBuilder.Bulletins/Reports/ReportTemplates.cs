using ReportBuilder.Bulletins.Templates;

namespace ReportBuilder.Bulletins.Reports;

/// <summary>
/// The shipped templates of the list of political prisoners (prisoners.en.docx, .ru.docx) and
/// of a case file (person.en.docx, .ru.docx): Word documents staff read and edit as they do
/// the bulletin's, each paragraph the sentence it prints. <c>reportbuilder templates</c> writes them.
/// </summary>
public static class ReportTemplates
{
    /// <summary>A report's template file name (prisoners.en.docx): the one place it is spelt.</summary>
    public static string FileName(ReportKind report, string language) => $"{Name(report)}.{language}.docx";

    public static string Name(ReportKind report) => report switch
    {
        ReportKind.Prisoners => "prisoners",
        ReportKind.Person => "person",
        _ => "bulletin",
    };

    public static void Write(ReportKind report, string language, Stream stream)
    {
        if (report == ReportKind.Bulletin)
        {
            DefaultTemplates.Write(language, stream);
            return;
        }
        var words = language switch
        {
            "en" => English,
            "ru" => Russian,
            _ => throw new ArgumentException($"No report template for '{language}'.", nameof(language)),
        };
        var builder = new TemplateDocumentBuilder(language == "ru" ? "ru-RU" : "en-GB");
        (report == ReportKind.Prisoners ? Prisoners(builder, words) : Person(builder, words))
            .Save(stream, report == ReportKind.Prisoners ? "List of political prisoners template" : "Case file template");
    }

    /// <summary>The widths of the list's seven columns, filling the text width of a landscape A4 page (14,286 twips).</summary>
    private static readonly int[] Columns = [2800, 1800, 1700, 2800, 1700, 1700, 1786];

    private static TemplateDocumentBuilder Prisoners(TemplateDocumentBuilder b, Words w) => b
        .Landscape()
        .Title(w.ListTitle)
        .Text(w.ListLead)
        .Table([w.Status, w.Number], ["{{#each groups}}{{ label }}", "{{ count }}{{/each}}"], [w.Total, "{{ total }}"])
        .Tag("{{#each groups as group}}")
        .Heading("{{ group.label }} ({{ group.count }})")
        .WideTable(Columns, w.ListColumns,
            ["{{#each group.rows as row}}{{ row.review }}{{ row.name }}", "{{ row.town }}", "{{ row.article }}", "{{ row.sentence }}", "{{ row.since }}", "{{ row.until }}", "{{ row.days }}{{/each}}"])
        .Tag("{{/each}}")
        .Heading(w.Added)
        .Tag("{{#each added as person}}")
        .Text("{{ person.name }}: {{ person.status }}")
        .Tag("{{else}}")
        .Text(w.Nobody)
        .Tag("{{/each}}")
        .Heading(w.Left)
        .Tag("{{#each left as person}}")
        .Text("{{ person.name }}: {{ person.status }}")
        .Tag("{{else}}")
        .Text(w.Nobody)
        .Tag("{{/each}}");

    private static TemplateDocumentBuilder Person(TemplateDocumentBuilder b, Words w) => b
        .Title(w.CaseTitle)
        .Tag("{{#if person.who}}")
        .Text("{{ person.name }}, {{ person.who }}.")
        .Tag("{{/if}}")
        .Tag("{{#if person.background}}")
        .Text("{{ person.background }}")
        .Tag("{{/if}}")
        .Heading(w.StatusHeading)
        .Text(w.StatusLine)
        .Text(w.DaysLine)
        .Heading(w.Events)
        .Tag("{{#each events as event}}")
        .Item(w.EventLine)
        .Tag("{{#if event.details}}")
        .ItemText("{{ event.details }}")
        .Tag("{{/if}}")
        .ItemText(w.AfterLine)
        .Tag("{{else}}")
        .Text(w.NoEvents)
        .Tag("{{/each}}");

    /// <summary>The fixed words of both templates in one language.</summary>
    private sealed record Words(
        string ListTitle, string ListLead, string Status, string Number, string Total, string[] ListColumns, string Added, string Left, string Nobody,
        string CaseTitle, string StatusHeading, string StatusLine, string DaysLine, string Events, string EventLine, string AfterLine, string NoEvents);

    private static readonly Words English = new(
        "Political prisoners in Kazakhstan as of {{ asOf }}",
        "Held, restricted or serving a ban in politically motivated cases: {{ total | count \"person\" }}.",
        "Status", "Number", "Total",
        ["Name", "Town", "Article", "Sentence", "Since", "Until", "Days in custody"],
        "Added since {{ since }}", "Left the list since {{ since }}", "Nobody.",
        "{{ person.review }}The case of {{ person.name }}",
        "Status as of {{ asOf }}",
        "Status: {{ status.text }}.",
        "Days in custody: {{ status.days }}.",
        "Events",
        "{{ event.date }}: {{ event.name }}{{#if event.where}}, {{ event.where }}{{/if}}{{#if event.imposed}}: {{ event.imposed }}{{/if}}.",
        "After this: {{ event.after }}.",
        "The register has no published event of this person.");

    private static readonly Words Russian = new(
        "Политические заключённые в Казахстане на {{ asOf }}",
        "Под стражей, под ограничением или запретом по политически мотивированным делам: {{ total | count \"person\" }}.",
        "Положение", "Количество", "Всего",
        ["Имя", "Город", "Статья", "Наказание", "С", "До", "Дней под стражей"],
        "Добавлены с {{ since }}", "Покинули список с {{ since }}", "Никто.",
        "{{ person.review }}Дело {{ person.nameGen }}",
        "Положение на {{ asOf }}",
        "Положение: {{ status.text }}.",
        "Дней под стражей: {{ status.days }}.",
        "События",
        "{{ event.date }}: {{ event.name }}{{#if event.where}}, {{ event.where }}{{/if}}{{#if event.imposed}}: {{ event.imposed }}{{/if}}.",
        "После этого: {{ event.after }}.",
        "В реестре нет опубликованных событий этого человека.");
}
