namespace ReportBuilder.Bulletins.Templates;

/// <summary>
/// The shipped bulletin templates (templates/bulletin.en.docx and .ru.docx), following the
/// reference bulletin's sentences. Staff edit the .docx files in Word; `reportbuilder
/// templates` writes these defaults again when they want a fresh start.
/// </summary>
public static class DefaultTemplates
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru"];

    public static void Write(string language, Stream stream)
    {
        var builder = language switch
        {
            "en" => English(),
            "ru" => Russian(),
            _ => throw new ArgumentException($"No default template for '{language}'.", nameof(language)),
        };
        builder.Save(stream);
    }

    private const string ArticleEn = """{{#if item.article}} under Article {{ item.article }}{{#if item.part}} Part {{ item.part }}{{/if}} of the Criminal Code{{#if item.articleTitle}} («{{ item.articleTitle }}»){{/if}}{{/if}}""";
    private const string ArticleRu = """{{#if item.article}} по {{#if item.part}}части {{ item.part }} {{/if}}статьи {{ item.article }} Уголовного кодекса{{#if item.articleTitle}} («{{ item.articleTitle }}»){{/if}}{{/if}}""";

    // Verdicts: the first paragraph of an item, one per outcome.
    private const string WhoEn = """{{#if item.person.description}}{{ item.person.description | a }}{{#if item.person.city}} from {{ item.person.city }}{{/if}}, {{/if}}**{{ item.person.nameReversed }}**{{#if item.person.description}},{{/if}}""";
    private const string WhoRu = """{{#if item.person.description}}{{ item.person.description }}{{#if item.person.cityGen}} из {{ item.person.cityGen }}{{/if}} {{/if}}**{{ item.person.name }}**""";

    private static TemplateDocumentBuilder English() => new TemplateDocumentBuilder("en-GB")
        .Title("Politically motivated prosecutions in Kazakhstan: {{ period.text }}")
        .Tag("{{#each items as item}}")
        // Verdicts
        .Tag("{{#if item.isVerdict}}")
        .Tag("{{#if item.isAcquitted}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + WhoEn + " was acquitted in a politically motivated criminal case" + ArticleEn + ".")
        .Tag("{{else}}")
        .Item("""{{ item.review }}On {{ item.date | date }}, """ + WhoEn + """ was illegally {{#if item.noPunishment}}convicted without a sentence{{else}}sentenced to {{#if item.termMonths}}{{ item.termMonths | term }} of {{ item.punishmentText }}{{else if item.fine}}a fine of {{ item.fine | money "kzt" }}{{else}}{{ item.sentencedTo }}{{/if}}{{/if}} in a politically motivated criminal case""" + ArticleEn + ".")
        .Tag("{{/if}}")
        .Tag("{{#if item.hours or item.payments}}")
        .ItemText("""{{#if item.judge}}Judge {{ item.judge }}{{else}}The court{{/if}} also {{#list ","}}{{part item.hours}}imposed {{ item.hours | count "hour" }} of community service{{part item.payments}}ordered {{ item.person.name }} to pay {{#list}}{{part item.courtFees}}court fees in the amount of {{ item.courtFees | money "kzt" }}{{part item.expertiseFee}}{{ item.expertiseFee | money "kzt" }} for forensic examination{{part item.fundPayment}}{{ item.fundPayment | money "kzt" }} to the «Crime Victims’ Compensation Fund»{{/list}}{{/list}}.""")
        .Tag("{{/if}}")
        .Tag("{{#if item.activityBanYears or item.socialMediaBanYears}}")
        .ItemText("""The {{#if item.judge}}judge{{else}}court{{/if}} illegally prohibited {{ item.person.name }} from {{#if item.bothBans}}performing social activities and using social networks for {{ item.socialMediaBanYears | years }}{{else}}{{#list}}{{part item.activityBanYears}}performing social activities for {{ item.activityBanYears | years }}{{part item.socialMediaBanYears}}using social networks for {{ item.socialMediaBanYears | years }}{{/list}}{{/if}}.""")
        .Tag("{{/if}}")
        .Tag("{{/if}}")
        // Appeals and cassation reviews
        .Tag("{{#if item.isAppeal or item.isCassation}}")
        .Item("""{{ item.review }}On {{ item.date | date }}, a court of {{#if item.isAppeal}}appeal{{else}}cassation{{/if}} on a politically motivated criminal case against **{{ item.person.name }}**{{#if item.person.description}}, {{ item.person.description | a }}{{#if item.person.city}} from {{ item.person.city }}{{#if item.person.region}} ({{ item.person.region }}){{/if}}{{/if}}{{/if}}""" + ArticleEn + " was held.")
        .Tag("{{#if item.termChange}}")
        .ItemText("""The court {{#if item.termChange == "reduced"}}reduced the sentence from {{ item.previousTermMonths | term "words" }} to{{else if item.termChange == "increased"}}increased the sentence from {{ item.previousTermMonths | term "words" }} to{{else}}upheld the sentence of{{/if}} {{ item.termMonths | term "words" }} of {{ item.punishmentText }}{{#list ";"}}{{#if item.termChange == "reduced"}}, but left {{else}}, and left {{/if}}{{part}}{{#list}}{{part item.socialMediaBanYears}}the ban on the use of social networks for {{ item.socialMediaBanYears | years }}{{part item.keepsCourtFees}}mandatory payment of court fees{{part item.fundPayment}}compulsory payment to the «Crime Victims’ Compensation Fund»{{/list}}{{part item.hours}}{{ item.hours | count "hour" }} of community service{{/list}}.""")
        .Tag("{{/if}}")
        .Tag("{{#if item.recall}}")
        .ItemText("""It should be reminded that on {{ item.recall.date | date }}, {{ item.person.name }} was illegally sentenced to {{#list}}{{part}}{{#if item.recall.termMonths}}{{ item.recall.termMonths | term }} of {{ item.recall.punishmentText }}{{else if item.recall.fine}}a fine of {{ item.recall.fine | money }}{{else}}{{ item.recall.sentencedTo }}{{/if}}{{part item.recall.socialMediaBanYears}}a {{ item.recall.socialMediaBanYears | years "adjective" }} ban on the use of social networks{{part item.recall.expertiseFee}}{{ item.recall.expertiseFee | money }} for forensic examination{{part item.recall.fundPayment}}{{ item.recall.fundPayment | money }} as a compulsory payment to the «Crime Victims’ Compensation Fund»{{/list}}.""")
        .Tag("{{/if}}")
        .Tag("{{/if}}")
        // Every other kind of event
        .Tag("{{#if not (item.isVerdict or item.isAppeal or item.isCassation)}}")
        .Item("""{{ item.review }}On {{ item.date | date }}, {{#if item.isSearch}}the home of {{/if}}**{{ item.person.name }}**{{#if item.person.description}}, {{ item.person.description | a }}{{#if item.person.city}} from {{ item.person.city }}{{/if}},{{/if}} {{#if item.isDetention}}was detained{{else if item.isSearch}}was searched{{else if item.isCharge}}was charged{{else if item.isPretrialRestriction}}was placed under a pre-trial restriction{{else if item.isHearing}}appeared at a court hearing{{else if item.isRelease}}was released{{else if item.isFine}}was fined {{ item.fine | money }}{{else if item.isAdministrativeArrest}}was placed under administrative arrest{{#if item.arrestDays}} for {{ item.arrestDays | count "daynight" }}{{/if}}{{else}}was persecuted{{/if}}{{#if item.article}} in a politically motivated criminal case{{/if}}""" + ArticleEn + ".")
        .Tag("{{/if}}")
        .Then(b => Ending(b, new("No published events in this period.", "Summary", "Events", "Number", "Total", "Punishments imposed")));

    private static TemplateDocumentBuilder Russian() => new TemplateDocumentBuilder("ru-RU")
        .Title("Политически мотивированные преследования в Казахстане: {{ period.text }}")
        .Tag("{{#each items as item}}")
        // Приговоры
        .Tag("{{#if item.isVerdict}}")
        .Tag("{{#if item.isAcquitted}}")
        .Item("{{ item.review }}{{ item.date | date }} " + WhoRu + """ {{ item.person | gender "был оправдан" "была оправдана" }} по политически мотивированному уголовному делу""" + ArticleRu + ".")
        .Tag("{{else}}")
        .Item("{{ item.review }}{{ item.date | date }} " + WhoRu + """ {{#if item.noPunishment}}{{ item.person | gender "был незаконно признан виновным" "была незаконно признана виновной" }} без назначения наказания{{else}}{{ item.person | gender "был" "была" }} незаконно {{ item.person | gender "приговорён" "приговорена" }} {{#if item.termMonths}}к {{ item.termMonths | term "dat" }} {{ item.punishmentText }}{{else if item.fine}}к штрафу в размере {{ item.fine | money "kzt" }}{{else}}{{ item.sentencedTo }}{{/if}}{{/if}} по политически мотивированному уголовному делу""" + ArticleRu + ".")
        .Tag("{{/if}}")
        .Tag("{{#if item.hours or item.payments}}")
        .ItemText("""{{#if item.judge}}Судья {{ item.judge }}{{else}}Суд{{/if}} также {{#list}}{{part item.hours}}назначил{{#if item.judgeFemale}}а{{/if}} {{ item.hours | count "hour" "acc" }} общественных работ{{part item.payments}}обязал{{#if item.judgeFemale}}а{{/if}} выплатить {{#list}}{{part item.courtFees}}судебные издержки в размере {{ item.courtFees | money "kzt" }}{{part item.expertiseFee}}{{ item.expertiseFee | money "kzt" }} за судебную экспертизу{{part item.fundPayment}}{{ item.fundPayment | money "kzt" }} в «Фонд компенсации потерпевшим»{{/list}}{{/list}}.""")
        .Tag("{{/if}}")
        .Tag("{{#if item.activityBanYears or item.socialMediaBanYears}}")
        .ItemText("""{{#if item.judge}}Судья{{else}}Суд{{/if}} незаконно запретил{{#if item.judgeFemale}}а{{/if}} {{ item.person.nameDat }} {{#if item.bothBans}}заниматься общественной деятельностью и пользоваться социальными сетями в течение {{ item.socialMediaBanYears | years "gen" }}{{else}}{{#list}}{{part item.activityBanYears}}заниматься общественной деятельностью в течение {{ item.activityBanYears | years "gen" }}{{part item.socialMediaBanYears}}пользоваться социальными сетями в течение {{ item.socialMediaBanYears | years "gen" }}{{/list}}{{/if}}.""")
        .Tag("{{/if}}")
        .Tag("{{/if}}")
        // Апелляции и кассации
        .Tag("{{#if item.isAppeal or item.isCassation}}")
        .Item("""{{ item.review }}{{ item.date | date }} суд {{#if item.isAppeal}}апелляционной{{else}}кассационной{{/if}} инстанции рассмотрел политически мотивированное уголовное дело {{#if item.person.descriptionGen}}{{ item.person.descriptionGen }}{{#if item.person.cityGen}} из {{ item.person.cityGen }}{{#if item.person.region}} ({{ item.person.region }}){{/if}}{{/if}} {{/if}}**{{ item.person.nameGen }}**""" + ArticleRu + ".")
        .Tag("{{#if item.termChange}}")
        .ItemText("""Суд {{#if item.termChange == "reduced"}}сократил срок наказания с {{ item.previousTermMonths | term "gen" "words" }} до {{ item.termMonths | term "gen" "words" }}{{else if item.termChange == "increased"}}увеличил срок наказания с {{ item.previousTermMonths | term "gen" "words" }} до {{ item.termMonths | term "gen" "words" }}{{else}}оставил без изменения срок наказания: {{ item.termMonths | term }}{{/if}} {{ item.punishmentText }}{{#list ", а также"}}, но оставил в силе {{part}}{{#list}}{{part item.socialMediaBanYears}}запрет на пользование социальными сетями на {{ item.socialMediaBanYears | years "acc" }}{{part item.keepsCourtFees}}выплату судебных издержек{{part item.fundPayment}}принудительный платёж в «Фонд компенсации потерпевшим»{{/list}}{{part item.hours}}{{ item.hours | count "hour" "acc" }} общественных работ{{/list}}.""")
        .Tag("{{/if}}")
        .Tag("{{#if item.recall}}")
        .ItemText("""Напомним, что {{ item.recall.date | date }} {{ item.person.name }} {{ item.person | gender "был" "была" }} незаконно {{ item.person | gender "приговорён" "приговорена" }} {{#if item.recall.termMonths}}к {{ item.recall.termMonths | term "dat" }} {{ item.recall.punishmentText }}{{else if item.recall.fine}}к штрафу в размере {{ item.recall.fine | money }}{{else}}{{ item.recall.sentencedTo }}{{/if}}{{#if item.recall.socialMediaBanYears}} с запретом на пользование социальными сетями на {{ item.recall.socialMediaBanYears | years "acc" }}{{/if}}{{#list}}, выплате {{part item.recall.expertiseFee}}{{ item.recall.expertiseFee | money }} за судебную экспертизу{{part item.recall.fundPayment}}{{ item.recall.fundPayment | money }} в качестве принудительного платежа в «Фонд компенсации потерпевшим»{{/list}}.""")
        .Tag("{{/if}}")
        .Tag("{{/if}}")
        // Остальные события
        .Tag("{{#if not (item.isVerdict or item.isAppeal or item.isCassation)}}")
        .Item("""{{ item.review }}{{ item.date | date }} {{#if item.isSearch}}у {{#if item.person.descriptionGen}}{{ item.person.descriptionGen }} {{/if}}**{{ item.person.nameGen }}** прошёл обыск{{else if item.isPretrialRestriction}}в отношении {{#if item.person.descriptionGen}}{{ item.person.descriptionGen }} {{/if}}**{{ item.person.nameGen }}** была избрана мера пресечения{{else if item.isHearing}}состоялось судебное заседание по делу {{#if item.person.descriptionGen}}{{ item.person.descriptionGen }} {{/if}}**{{ item.person.nameGen }}**{{else}}{{#if item.person.description}}{{ item.person.description }}{{#if item.person.cityGen}} из {{ item.person.cityGen }}{{/if}} {{/if}}**{{ item.person.name }}** {{#if item.isDetention}}{{ item.person | gender "был задержан" "была задержана" }}{{else if item.isCharge}}{{ item.person | gender "был обвинён" "была обвинена" }}{{else if item.isRelease}}{{ item.person | gender "был освобождён" "была освобождена" }}{{else if item.isFine}}{{ item.person | gender "был оштрафован" "была оштрафована" }} на {{ item.fine | money }}{{else if item.isAdministrativeArrest}}{{ item.person | gender "был арестован" "была арестована" }} в административном порядке{{#if item.arrestDays}} на {{ item.arrestDays | count "daynight" "acc" }}{{/if}}{{else}}{{ item.person | gender "подвергся" "подверглась" }} преследованию{{/if}}{{/if}}{{#if item.article}} по политически мотивированному уголовному делу{{/if}}""" + ArticleRu + ".")
        .Tag("{{/if}}")
        .Then(b => Ending(b, new("За этот период опубликованных событий нет.", "Сводка", "События", "Количество", "Всего", "Назначенные наказания")));

    /// <summary>The words of a template's ending, in its language.</summary>
    private sealed record EndingWords(string NoEvents, string Summary, string Events, string Number, string Total, string Punishments);

    /// <summary>
    /// What every template ends with: an item's details and the person's background, the
    /// text for a period without events, the context paragraphs and the summary tables.
    /// </summary>
    private static TemplateDocumentBuilder Ending(TemplateDocumentBuilder builder, EndingWords words) => builder
        .Tag("{{#if item.details}}")
        .ItemText("{{ item.details }}")
        .Tag("{{/if}}")
        .Tag("{{#if item.person.background}}")
        .ItemText("{{ item.person.background }}")
        .Tag("{{/if}}")
        .Tag("{{else}}")
        .Text(words.NoEvents)
        .Tag("{{/each}}")
        .Tag("{{#each context}}")
        .Text("{{ text }}")
        .Tag("{{/each}}")
        .Heading(words.Summary)
        .Table([words.Events, words.Number], ["{{#each summary.types}}{{ label }}", "{{ count }}{{/each}}"], [words.Total, "{{ summary.total }}"])
        .Tag("{{#if summary.punishments}}")
        .Text("")
        .Table([words.Punishments, words.Number], ["{{#each summary.punishments}}{{ label }}", "{{ count }}{{/each}}"])
        .Tag("{{/if}}")
        .Text("")
        .Text("{{ summary.chart }}");
}
