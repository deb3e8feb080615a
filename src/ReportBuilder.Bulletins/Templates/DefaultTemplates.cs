namespace ReportBuilder.Bulletins.Templates;

/// <summary>
/// The shipped bulletin templates (templates/bulletin.en.docx and .ru.docx), following the
/// reference bulletin's sentences. Staff edit the .docx files in Word; `reportbuilder
/// templates` writes these defaults again when they want a fresh start.
/// </summary>
public static class DefaultTemplates
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru"];

    /// <summary>A language's template file name (bulletin.en.docx): the one place it is spelt.</summary>
    public static string FileName(string language) => $"bulletin.{language}.docx";

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

    // Each item is a chain of alternatives, one paragraph per kind of event, so every paragraph
    // reads as the sentence it prints. Grammar a template cannot express (cases, agreement,
    // "a/an", terms in words) comes ready-made from the language layer (item.sentence,
    // item.person.who, item.articleText …); optional parts are joined by {{#list}}.

    private const string UnderEn = "{{#if item.articleText}} under {{ item.articleText }}{{/if}}";
    private const string CaseUnderEn = "{{#if item.articleText}} in a politically motivated criminal case under {{ item.articleText }}{{/if}}";
    /// <summary>A verdict's opening, as the reference writes it: "On 7 April 2021, a civil activist from Talgar, SABANSHIYEV Yerkyn,".</summary>
    private const string OnDateVerdictEn = "{{ item.review }}On {{ item.date | date }}, {{#if item.person.who}}{{ item.person.who }}, {{/if}}**{{ item.person.nameReversed }}**{{#if item.person.who}},{{/if}}";
    private const string NameWhoEn = "**{{ item.person.name }}**{{#if item.person.who}}, {{ item.person.who }},{{/if}}";
    private const string PayEn = """{{#list}}{{part item.courtFees}}court fees in the amount of {{ item.courtFees | money "kzt" }}{{part item.expertiseFee}}{{ item.expertiseFee | money "kzt" }} for forensic examination{{part item.fundPayment}}{{ item.fundPayment | money "kzt" }} to the «Crime Victims’ Compensation Fund»{{/list}}""";
    private const string KeptEn = """{{part}}{{#list}}{{part item.socialMediaBanYears}}the ban on the use of social networks for {{ item.socialMediaBanYears | years }}{{part item.keepsCourtFees}}mandatory payment of court fees{{part item.fundPayment}}compulsory payment to the «Crime Victims’ Compensation Fund»{{/list}}{{part item.hours}}{{ item.hours | count "hour" }} of community service{{/list}}""";

    private static TemplateDocumentBuilder English() => new TemplateDocumentBuilder("en-GB")
        .Title("Politically motivated prosecutions in Kazakhstan: {{ period.text }}")
        .Tag("{{#each items as item}}")
        .Tag("{{#if item.isVerdict and item.isAcquitted}}")
        .Item(OnDateVerdictEn + " was acquitted in a politically motivated criminal case" + UnderEn + ".")
        .Tag("{{else if item.isVerdict and item.noPunishment}}")
        .Item(OnDateVerdictEn + " was illegally convicted without a sentence in a politically motivated criminal case" + UnderEn + ".")
        .Tag("{{else if item.isVerdict}}")
        .Item(OnDateVerdictEn + " was illegally sentenced to {{ item.sentence }} in a politically motivated criminal case" + UnderEn + ".")
        .Tag("{{else if item.isAppeal or item.isCassation}}")
        .Item("{{ item.review }}On {{ item.date | date }}, a court of {{#if item.isAppeal}}appeal{{else}}cassation{{/if}} on a politically motivated criminal case against **{{ item.person.name }}**{{#if item.person.whoFull}}, {{ item.person.whoFull }}{{/if}}" + UnderEn + " was held.")
        .Tag("{{else if item.isDetention}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " was detained" + CaseUnderEn + ".")
        .Tag("{{else if item.isSearch}}")
        .Item("{{ item.review }}On {{ item.date | date }}, the home of " + NameWhoEn + " was searched" + CaseUnderEn + ".")
        .Tag("{{else if item.isCharge}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " was charged" + CaseUnderEn + ".")
        .Tag("{{else if item.isPretrialRestriction}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " was placed under a pre-trial restriction" + CaseUnderEn + ".")
        .Tag("{{else if item.isHearing}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " appeared at a court hearing" + CaseUnderEn + ".")
        .Tag("{{else if item.isRelease}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " was released" + CaseUnderEn + ".")
        .Tag("{{else if item.isFine}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " was fined {{ item.fine | money }}" + CaseUnderEn + ".")
        .Tag("{{else if item.isAdministrativeArrest}}")
        .Item("""{{ item.review }}On {{ item.date | date }}, """ + NameWhoEn + """ was placed under administrative arrest{{#if item.arrestDays}} for {{ item.arrestDays | count "daynight" }}{{/if}}.""")
        .Tag("{{else}}")
        .Item("{{ item.review }}On {{ item.date | date }}, " + NameWhoEn + " was persecuted" + CaseUnderEn + ".")
        .Tag("{{/if}}")
        // What a verdict imposed besides the sentence
        .Tag("{{#if item.isVerdict and item.hours and item.payments}}")
        .ItemText("""{{ item.judgeTitle }} also imposed {{ item.hours | count "hour" }} of community service, ordered {{ item.person.name }} to pay """ + PayEn + ".")
        .Tag("{{else if item.isVerdict and item.payments}}")
        .ItemText("{{ item.judgeTitle }} also ordered {{ item.person.name }} to pay " + PayEn + ".")
        .Tag("{{else if item.isVerdict and item.hours}}")
        .ItemText("""{{ item.judgeTitle }} also imposed {{ item.hours | count "hour" }} of community service.""")
        .Tag("{{/if}}")
        .Tag("{{#if item.isVerdict and item.bothBans}}")
        .ItemText("The {{#if item.judge}}judge{{else}}court{{/if}} illegally prohibited {{ item.person.name }} from performing social activities and using social networks for {{ item.socialMediaBanYears | years }}.")
        .Tag("{{else if item.isVerdict and (item.activityBanYears or item.socialMediaBanYears)}}")
        .ItemText("The {{#if item.judge}}judge{{else}}court{{/if}} illegally prohibited {{ item.person.name }} from {{#list}}{{part item.activityBanYears}}performing social activities for {{ item.activityBanYears | years }}{{part item.socialMediaBanYears}}using social networks for {{ item.socialMediaBanYears | years }}{{/list}}.")
        .Tag("{{/if}}")
        // What an appeal or cassation decided, and the verdict it reviewed
        .Tag("""{{#if item.termChange == "reduced"}}""")
        .ItemText("""The court reduced the sentence {{ item.termFromTo }}{{#list ";"}}, but left """ + KeptEn + ".")
        .Tag("""{{else if item.termChange == "increased"}}""")
        .ItemText("""The court increased the sentence {{ item.termFromTo }}{{#list ";"}}, and left """ + KeptEn + ".")
        .Tag("""{{else if item.termChange == "upheld"}}""")
        .ItemText("""The court upheld the sentence of {{ item.termText }}{{#list ";"}}, and left """ + KeptEn + ".")
        .Tag("{{/if}}")
        .Tag("{{#if item.recall}}")
        .ItemText("""It should be reminded that on {{ item.recall.date | date }}, {{ item.person.name }} was illegally sentenced to {{#list}}{{part}}{{ item.recall.sentence }}{{part item.recall.socialMediaBanYears}}a {{ item.recall.socialMediaBanYears | years "adjective" }} ban on the use of social networks{{part item.recall.expertiseFee}}{{ item.recall.expertiseFee | money }} for forensic examination{{part item.recall.fundPayment}}{{ item.recall.fundPayment | money }} as a compulsory payment to the «Crime Victims’ Compensation Fund»{{/list}}.""")
        .Tag("{{/if}}")
        .Then(b => Ending(b, new("No published events in this period.", "Summary", "Events", "Number", "Total", "Punishments imposed")));

    private const string UnderRu = "{{#if item.articleText}} по {{ item.articleText }}{{/if}}";
    private const string CaseUnderRu = "{{#if item.articleText}} по политически мотивированному уголовному делу по {{ item.articleText }}{{/if}}";
    private const string WhoNameRu = "{{#if item.person.who}}{{ item.person.who }} {{/if}}**{{ item.person.name }}**";
    private const string WhoNameGenRu = "{{#if item.person.whoGen}}{{ item.person.whoGen }} {{/if}}**{{ item.person.nameGen }}**";
    private const string PayRu = """{{#list}}{{part item.courtFees}}судебные издержки в размере {{ item.courtFees | money "kzt" }}{{part item.expertiseFee}}{{ item.expertiseFee | money "kzt" }} за судебную экспертизу{{part item.fundPayment}}{{ item.fundPayment | money "kzt" }} в «Фонд компенсации потерпевшим»{{/list}}""";
    private const string KeptRu = """{{#list ", а также"}}, но оставил в силе {{part}}{{#list}}{{part item.socialMediaBanYears}}запрет на пользование социальными сетями на {{ item.socialMediaBanYears | years "acc" }}{{part item.keepsCourtFees}}выплату судебных издержек{{part item.fundPayment}}принудительный платёж в «Фонд компенсации потерпевшим»{{/list}}{{part item.hours}}{{ item.hours | count "hour" "acc" }} общественных работ{{/list}}""";
    private const string RecallPayRu = """{{#list}}, выплате {{part item.recall.expertiseFee}}{{ item.recall.expertiseFee | money }} за судебную экспертизу{{part item.recall.fundPayment}}{{ item.recall.fundPayment | money }} в качестве принудительного платежа в «Фонд компенсации потерпевшим»{{/list}}""";

    private static TemplateDocumentBuilder Russian() => new TemplateDocumentBuilder("ru-RU")
        .Title("Политически мотивированные преследования в Казахстане: {{ period.text }}")
        .Tag("{{#each items as item}}")
        .Tag("{{#if item.isVerdict and item.isAcquitted}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был оправдан" "была оправдана" }} по политически мотивированному уголовному делу""" + UnderRu + ".")
        .Tag("{{else if item.isVerdict and item.noPunishment}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был незаконно признан виновным" "была незаконно признана виновной" }} без назначения наказания по политически мотивированному уголовному делу""" + UnderRu + ".")
        .Tag("{{else if item.isVerdict}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был незаконно приговорён" "была незаконно приговорена" }} {{ item.sentence }} по политически мотивированному уголовному делу""" + UnderRu + ".")
        .Tag("{{else if item.isAppeal or item.isCassation}}")
        .Item("{{ item.review }}{{ item.date | date }} суд {{#if item.isAppeal}}апелляционной{{else}}кассационной{{/if}} инстанции рассмотрел политически мотивированное уголовное дело {{#if item.person.whoGenFull}}{{ item.person.whoGenFull }} {{/if}}**{{ item.person.nameGen }}**" + UnderRu + ".")
        .Tag("{{else if item.isDetention}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был задержан" "была задержана" }}""" + CaseUnderRu + ".")
        .Tag("{{else if item.isSearch}}")
        .Item("{{ item.review }}{{ item.date | date }} у " + WhoNameGenRu + " прошёл обыск" + CaseUnderRu + ".")
        .Tag("{{else if item.isCharge}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был обвинён" "была обвинена" }}""" + CaseUnderRu + ".")
        .Tag("{{else if item.isPretrialRestriction}}")
        .Item("{{ item.review }}{{ item.date | date }} в отношении " + WhoNameGenRu + " была избрана мера пресечения" + CaseUnderRu + ".")
        .Tag("{{else if item.isHearing}}")
        .Item("{{ item.review }}{{ item.date | date }} состоялось судебное заседание по делу " + WhoNameGenRu + UnderRu + ".")
        .Tag("{{else if item.isRelease}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был освобождён" "была освобождена" }}""" + CaseUnderRu + ".")
        .Tag("{{else if item.isFine}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был оштрафован" "была оштрафована" }} на {{ item.fine | money }}""" + CaseUnderRu + ".")
        .Tag("{{else if item.isAdministrativeArrest}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "был арестован" "была арестована" }} в административном порядке{{#if item.arrestDays}} на {{ item.arrestDays | count "daynight" "acc" }}{{/if}}.""")
        .Tag("{{else}}")
        .Item("""{{ item.review }}{{ item.date | date }} """ + WhoNameRu + """ {{ item.person | gender "подвергся" "подверглась" }} преследованию""" + CaseUnderRu + ".")
        .Tag("{{/if}}")
        // Что ещё назначил приговор
        .Tag("{{#if item.isVerdict and item.hours and item.payments}}")
        .ItemText("""{{ item.judgeTitle }} также {{ item.judgeFemale | gender "назначил" "назначила" }} {{ item.hours | count "hour" "acc" }} общественных работ и {{ item.judgeFemale | gender "обязал" "обязала" }} выплатить """ + PayRu + ".")
        .Tag("{{else if item.isVerdict and item.payments}}")
        .ItemText("""{{ item.judgeTitle }} также {{ item.judgeFemale | gender "обязал" "обязала" }} выплатить """ + PayRu + ".")
        .Tag("{{else if item.isVerdict and item.hours}}")
        .ItemText("""{{ item.judgeTitle }} также {{ item.judgeFemale | gender "назначил" "назначила" }} {{ item.hours | count "hour" "acc" }} общественных работ.""")
        .Tag("{{/if}}")
        .Tag("{{#if item.isVerdict and item.bothBans}}")
        .ItemText("""{{#if item.judge}}Судья{{else}}Суд{{/if}} незаконно {{ item.judgeFemale | gender "запретил" "запретила" }} {{ item.person.nameDat }} заниматься общественной деятельностью и пользоваться социальными сетями в течение {{ item.socialMediaBanYears | years "gen" }}.""")
        .Tag("{{else if item.isVerdict and (item.activityBanYears or item.socialMediaBanYears)}}")
        .ItemText("""{{#if item.judge}}Судья{{else}}Суд{{/if}} незаконно {{ item.judgeFemale | gender "запретил" "запретила" }} {{ item.person.nameDat }} {{#list}}{{part item.activityBanYears}}заниматься общественной деятельностью в течение {{ item.activityBanYears | years "gen" }}{{part item.socialMediaBanYears}}пользоваться социальными сетями в течение {{ item.socialMediaBanYears | years "gen" }}{{/list}}.""")
        .Tag("{{/if}}")
        // Что решил суд апелляционной или кассационной инстанции, и приговор, который он пересматривал
        .Tag("""{{#if item.termChange == "reduced"}}""")
        .ItemText("Суд сократил срок наказания {{ item.termFromTo }}" + KeptRu + ".")
        .Tag("""{{else if item.termChange == "increased"}}""")
        .ItemText("Суд увеличил срок наказания {{ item.termFromTo }}" + KeptRu + ".")
        .Tag("""{{else if item.termChange == "upheld"}}""")
        .ItemText("Суд оставил без изменения срок наказания: {{ item.termText }}" + KeptRu + ".")
        .Tag("{{/if}}")
        .Tag("{{#if item.recall.socialMediaBanYears}}")
        .ItemText("""Напомним, что {{ item.recall.date | date }} {{ item.person.name }} {{ item.person | gender "был незаконно приговорён" "была незаконно приговорена" }} {{ item.recall.sentence }} с запретом на пользование социальными сетями на {{ item.recall.socialMediaBanYears | years "acc" }}""" + RecallPayRu + ".")
        .Tag("{{else if item.recall}}")
        .ItemText("""Напомним, что {{ item.recall.date | date }} {{ item.person.name }} {{ item.person | gender "был незаконно приговорён" "была незаконно приговорена" }} {{ item.recall.sentence }}""" + RecallPayRu + ".")
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
