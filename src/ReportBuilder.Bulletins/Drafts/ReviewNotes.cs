namespace ReportBuilder.Bulletins.Drafts;

/// <summary>
/// What an editor should check in a draft, per item (by number) and for the whole draft.
/// Each note becomes a Word comment; items with notes carry a marker the finisher replaces.
/// </summary>
public sealed class ReviewNotes
{
    private const string MarkerStart = "\u27E6review:";
    private const string MarkerEnd = "\u27E7";

    private readonly Dictionary<int, List<string>> _byItem = [];
    private readonly Dictionary<(int Item, string Note), string> _anchors = [];

    private readonly Dictionary<int, Dictionary<string, UnsureForms>> _unsure = [];

    public List<string> General { get; } = [];

    /// <summary>
    /// Forms the rules were unsure of, per item and per word (a name, a town, a description),
    /// with each case the item's data offers it in. The data offers every case; the template
    /// prints some: the finisher words the note (<see cref="UnsureForms.Word"/>) with only the
    /// forms the item's sentences print, and writes none if they print none.
    /// </summary>
    public sealed record UnsureForms(Func<IReadOnlyList<(string Case, string Text)>, string> Word)
    {
        public List<(string Case, string Text)> Offered { get; } = [];
    }

    /// <param name="word">What the note says, given the forms printed (at least one).</param>
    public void AddUnsure(int item, string nominative, string grammaticalCase, string text, Func<IReadOnlyList<(string Case, string Text)>, string> word)
    {
        if (!_unsure.TryGetValue(item, out var byWord)) _unsure[item] = byWord = new(StringComparer.Ordinal);
        if (!byWord.TryGetValue(nominative, out var forms)) byWord[nominative] = forms = new UnsureForms(word);
        if (!forms.Offered.Contains((grammaticalCase, text))) forms.Offered.Add((grammaticalCase, text));
    }

    public IEnumerable<UnsureForms> UnsureOf(int item) => _unsure.TryGetValue(item, out var byWord) ? byWord.Values : [];

    /// <summary>Where each item's facts come from: its register row, and the Source URL when there is one.</summary>
    public Dictionary<int, (string Row, string? Url)> Sources { get; } = [];

    public IReadOnlyDictionary<int, List<string>> ByItem => _byItem;

    /// <summary>The comments the finisher wrote into the draft: what an editor must act on.</summary>
    public int Comments { get; set; }

    /// <param name="anchor">Text the sentence at fault prints (the form used, the amount, the judge): the comment goes on that sentence.</param>
    public void Add(int item, string note, string? anchor = null)
    {
        if (!_byItem.TryGetValue(item, out var notes)) _byItem[item] = notes = [];
        if (notes.Contains(note)) return;
        notes.Add(note);
        if (!string.IsNullOrWhiteSpace(anchor)) _anchors[(item, note)] = anchor;
    }

    /// <summary>The text of the sentence a note is about, or null for the item as a whole.</summary>
    public string? AnchorOf(int item, string note) => _anchors.GetValueOrDefault((item, note));

    public static string Marker(int item) => $"{MarkerStart}{item}{MarkerEnd}";

    /// <summary>Where the events-per-month chart goes: the finisher puts a Word chart in that paragraph.</summary>
    public const string ChartMarker = "\u27E6chart\u27E7";

    /// <summary>Finds a marker in a text; returns the item number and the marker's span.</summary>
    public static bool TryFindMarker(string text, out int item, out int start, out int length)
    {
        item = 0;
        length = 0;
        start = text.IndexOf(MarkerStart, StringComparison.Ordinal);
        if (start < 0) return false;
        var end = text.IndexOf(MarkerEnd, start, StringComparison.Ordinal);
        if (end < 0 || !int.TryParse(text.AsSpan(start + MarkerStart.Length, end - start - MarkerStart.Length), out item)) return false;
        length = end + MarkerEnd.Length - start;
        return true;
    }
}
