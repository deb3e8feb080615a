namespace ReportBuilder.TestSupport;

/// <summary>
/// The reference bulletin of 7 April 2021 (../shared/reference) as phrases in order, which the
/// sample register's drafts reproduce: from the CLI, the pipeline and the add-in alike.
/// </summary>
public static class ReferenceBulletin
{
    /// <summary>
    /// The reference's phrases in order. Where the draft's wording differs from the reference, the
    /// reference is inconsistent: it writes "840 and 50 tenge" for 840.50 and 25736 without the
    /// thousands separator it uses in 27,780.
    /// </summary>
    public static readonly string[] English =
    [
        "On 7 April 2021, a civil activist from Talgar, SABANSHIYEV Yerkyn, was illegally sentenced to 1 year of restriction of liberty",
        "in a politically motivated criminal case under Article 405 Part 2 of the Criminal Code («participation in an extremist organisation»).",
        "Judge KELEMSEITOV Yerkebulan also imposed 100 hours of community service, ordered Yerkyn SABANSHIYEV to pay court fees in the amount of 840.50 tenge",
        "27,780 tenge to the «Crime Victims’ Compensation Fund».",
        "The judge illegally prohibited Yerkyn SABANSHIYEV from performing social activities and using social networks for 3 years.",
        "Yerkin SABANSHIYEV is a participant of peaceful protests, pickets and a former political prisoner. He participated in the fundraising campaigns for the families of political prisoners.",
        "On 7 April 2021, a court of appeal on a politically motivated criminal case against Baghdat BAKTYBAYEV, a civil activist and participant of peaceful protests from Shu (Zhambyl oblast) under Article 405 Part 1 of the Criminal Code («organisation of activities of an extremist organisation») was held.",
        "The court reduced the sentence from two years to one year of restriction of liberty, but left the ban on the use of social networks for 5 years, mandatory payment of court fees and compulsory payment to the «Crime Victims’ Compensation Fund»; 80 hours of community service.",
        "It should be reminded that on 4 February 2021, Baghdat BAKTYBAYEV was illegally sentenced to 2 years of restriction of liberty, a 5-year ban on the use of social networks,",
        "25,736 tenge (61$) for forensic examination and 55,560 tenge (132$) as a compulsory payment to the «Crime Victims’ Compensation Fund».",
        "In its resolution on the human rights situation in Kazakhstan dated 11 February 2021, the European Parliament has called on the Kazakhstani authorities to stop all politically motivated prosecutions and lift freedom restrictions imposed on civil society and opposition activists.",
        "The European Parliament condemned the abuse of anti-extremism legislation by the Kazakhstani authorities to persecute supporters of the peaceful opposition movements “DCK” and “Koshe Partiyasy”.",
    ];

    /// <summary>The Russian reference, sentence by sentence: the draft matches it word for word.</summary>
    public static readonly string[] Russian =
    [
        "7 апреля 2021 года гражданский активист из Талгара Еркын САБАНШИЕВ был незаконно приговорён к 1 году ограничения свободы по политически мотивированному уголовному делу по части 2 статьи 405 Уголовного кодекса («участие в деятельности экстремистской организации»).",
        "Судья Еркебулан КЕЛЕМСЕИТОВ также назначил 100 часов общественных работ и обязал выплатить судебные издержки в размере 840 тенге 50 тиынов и 27 780 тенге в «Фонд компенсации потерпевшим».",
        "Судья незаконно запретил Еркыну САБАНШИЕВУ заниматься общественной деятельностью и пользоваться социальными сетями в течение 3 лет.",
        "Еркын САБАНШИЕВ — участник мирных протестов и пикетов, бывший политический заключённый. Он участвовал в сборе средств для семей политических заключённых.",
        "7 апреля 2021 года суд апелляционной инстанции рассмотрел политически мотивированное уголовное дело гражданского активиста и участника мирных протестов из Шу (Жамбылская область) Багдата БАКТЫБАЕВА по части 1 статьи 405 Уголовного кодекса («организация деятельности экстремистской организации»).",
        "Суд сократил срок наказания с двух лет до одного года ограничения свободы, но оставил в силе запрет на пользование социальными сетями на 5 лет, выплату судебных издержек и принудительный платёж в «Фонд компенсации потерпевшим», а также 80 часов общественных работ.",
        "Напомним, что 4 февраля 2021 года Багдат БАКТЫБАЕВ был незаконно приговорён к 2 годам ограничения свободы с запретом на пользование социальными сетями на 5 лет, выплате 25 736 тенге (61 $) за судебную экспертизу и 55 560 тенге (132 $) в качестве принудительного платежа в «Фонд компенсации потерпевшим».",
        "В резолюции о ситуации с правами человека в Казахстане от 11 февраля 2021 года Европейский парламент призвал казахстанские власти прекратить все политически мотивированные преследования и снять ограничения свободы, наложенные на активистов гражданского общества и оппозиции.",
        "Европейский парламент осудил злоупотребление казахстанскими властями антиэкстремистским законодательством для преследования сторонников мирных оппозиционных движений «ДВК» и «Көше партиясы».",
    ];
}
