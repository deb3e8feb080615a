namespace ReportBuilder.Register.Model;

/// <summary>What a row of the Forms sheet gives the forms of.</summary>
public enum FormKind
{
    /// <summary>A person's name: given name and surname, as the Persons sheet writes them.</summary>
    Name,
    Town,
    Description,
    /// <summary>A judge's name; its Gender decides «назначил»/«назначила».</summary>
    Judge,
}

/// <summary>
/// Forms staff confirmed once on the Forms sheet, for every bulletin after: the nominative as
/// the register writes it, and any case they filled (Gen, Dat, Acc, Ins, Prep) or the gender.
/// </summary>
public sealed record ConfirmedForm(FormKind Kind, string Nominative, Gender? Gender, IReadOnlyDictionary<string, string> Cases, SourceRow Row)
{
    /// <summary>The names of the case columns, in the order the drafts' tables use.</summary>
    public static readonly IReadOnlyList<string> CaseColumns = ["Gen", "Dat", "Acc", "Ins", "Prep"];

    /// <summary>How two spellings of one nominative are matched: letters' case and repeated spaces do not count.</summary>
    public static string Key(FormKind kind, string nominative) =>
        $"{kind}:{string.Join(' ', nominative.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant()}";
}
