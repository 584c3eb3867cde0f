using System.Collections.Concurrent;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// The one author–date formatter: every work the knowledge base knows, formatted as in-text citations and reference
/// entries in each <see cref="CitationStyle"/>. The whole corpus is one document, as a citation processor sees it:
/// works whose in-text citations would read the same are told apart as the style's CSL file does it
/// (<see cref="Disambiguation"/>: initials, more names, then letters such as 1993a, 1993b), so that a citation means the
/// same work on every page.
/// </summary>
public sealed class Bibliography
{
    private readonly Dictionary<string, CitedWork> _works = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CitationStyle, IReadOnlyDictionary<string, CiteForm>> _forms = new();

    /// <summary>Creates the bibliography; a key given twice keeps its first work.</summary>
    public Bibliography(IEnumerable<CitedWork> works)
    {
        foreach (var work in works) _works.TryAdd(work.Key, work);
    }

    /// <summary>An empty bibliography: every key is unknown.</summary>
    public static Bibliography Empty { get; } = new([]);

    /// <summary>The works, in no particular order.</summary>
    public IEnumerable<CitedWork> Works => _works.Values;

    /// <summary>The work with this key, or null.</summary>
    public CitedWork? Get(string key) => _works.GetValueOrDefault(key);

    /// <summary>The letter that tells this work from others cited alike ("a", "b"...), or "".</summary>
    public string YearSuffix(string key, CitationStyle style) => Forms(style).GetValueOrDefault(key).Suffix ?? "";

    /// <summary>The year as the style prints it for this work: "1993", "1993a", "n.d.", "no date".</summary>
    public string Year(CitedWork work, CitationStyle style) => EntryParts.Year(work, style, YearSuffix(work.Key, style));

    /// <summary>
    /// The year as a citation prints it: <see cref="Year"/>, and a reprint's or translation's original year before it:
    /// APA "1900/1953" (apa.csl's citation date macro: original-date, a slash, issued; APA 7 §8.15), Chicago "[1900]
    /// 1953" (chicago-author-date.csl's date-inline macro). Harvard (harvard-cite-them-right.csl) cites the year alone.
    /// </summary>
    public string CitedYear(CitedWork work, CitationStyle style)
    {
        if (work.OriginalYear is not { } original || work.Year is null) return Year(work, style);
        var first = original.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return style switch
        {
            CitationStyle.Apa => first + "/" + Year(work, style),
            CitationStyle.Chicago => $"[{first}] {Year(work, style)}",
            _ => Year(work, style),
        };
    }

    /// <summary>The full reference entry; null when the key is unknown.</summary>
    public StyledText? Entry(string key, CitationStyle style = CitationStyles.Default) =>
        Get(key) is { } work ? Entry(work, style) : null;

    /// <summary>The full reference entry of a work (disambiguated against this bibliography when it is in it).</summary>
    public StyledText Entry(CitedWork work, CitationStyle style = CitationStyles.Default)
    {
        var year = Year(work, style);
        return style switch
        {
            CitationStyle.Chicago => ChicagoEntry.Format(work, year),
            CitationStyle.Harvard => HarvardEntry.Format(work, year),
            _ => ApaEntry.Format(work, year),
        };
    }

    /// <summary>"Storper (1993)": how a reader names the work, e.g. as a link's text. Unknown keys read "key?".</summary>
    public StyledText Label(string key, CitationStyle style = CitationStyles.Default) => Narrative(new CiteItem(key), style);

    /// <summary>
    /// "Hassink (2007)", "Rutten and Boekema (2007)", "Moulaert et al. (2003)": how researchers name a work from its
    /// stored authors (<see cref="CitedWork.NamesFromStored"/>) and year, for a work outside any corpus (no letters
    /// such as 1993a). No year (or one that is not a whole number) gives the names alone; no authors, the fallback.
    /// </summary>
    public static string AuthorYear(IReadOnlyList<string> storedAuthors, string? year, string fallback)
    {
        ArgumentNullException.ThrowIfNull(storedAuthors);
        var work = new CitedWork
        {
            Key = fallback,
            Authors = CitedWork.NamesFromStored(storedAuthors),
            Year = long.TryParse(year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null,
        };
        if (work.Authors.Count == 0) return year is null ? fallback : $"{fallback} ({year})";
        var alone = new Bibliography([work]);
        return year is null ? alone.NamesOf(fallback).Plain : alone.Label(fallback).Plain;
    }

    /// <summary>The names part alone (NamesOf), as running text writes it: "Rutten and Boekema", "Moulaert et al."; "key?" when unknown.</summary>
    public StyledText NamesOf(string key, CitationStyle style = CitationStyles.Default) =>
        Get(key) is { } work ? Told(work, style, narrative: true) : new StyledText([new TextRun(key + "?", Key: key)]);

    /// <summary>A narrative citation, <c>@key</c> or <c>@key [p. 12]</c>: "Storper (1993, p. 12)".</summary>
    public StyledText Narrative(CiteItem item, CitationStyle style = CitationStyles.Default)
    {
        var text = new StyledTextBuilder();
        if (item.Prefix is not null) text.Add(item.Prefix + " ");
        if (Get(item.Key) is not { } work) return text.Add(item.Key + "?", key: item.Key).Build();
        if (!item.SuppressAuthor) text.Add(Told(work, style, narrative: true)).Add(" ", key: item.Key);
        text.Add("(" + CitedYear(work, style), key: item.Key);
        if (Locator.Parse(item.Locator) is { } locator) text.Add(", " + locator.Render(style), key: item.Key);
        return text.Add(")", key: item.Key).Build();
    }

    /// <summary>
    /// A parenthetical citation, <c>[@a; @b, p. 12]</c>: APA "(Asheim, 1996; Morgan, 1997, p. 12)" sorted by author
    /// then year; Chicago "(Asheim 1996; Morgan 1997, 12)" in the order written; Harvard "(Asheim, 1996; Morgan, 1997,
    /// p. 12)" sorted by year. Works by the same names in a row share them: "(Markusen, 1996, 1999)".
    /// </summary>
    public StyledText Parenthetical(IReadOnlyList<CiteItem> items, CitationStyle style = CitationStyles.Default)
    {
        var ordered = Order(items, style);
        var text = new StyledTextBuilder().Add("(");
        string? previousWho = null;
        var previousCollapsible = false;
        foreach (var item in ordered)
        {
            var work = Get(item.Key);
            var who = work is null || item.SuppressAuthor ? null : Told(work, style, narrative: false);
            var locator = Locator.Parse(item.Locator);
            var collapsible = who is not null && item.Prefix is null && locator is null;
            if (previousWho is not null && previousCollapsible && collapsible && who!.Plain == previousWho)
            {
                text.Add(", ").Add(CitedYear(work!, style), key: item.Key);
                continue;
            }
            if (text.Last != '(') text.Add("; ");
            if (item.Prefix is not null) text.Add(item.Prefix + " ");
            if (work is null) text.Add(item.Key + "?", key: item.Key);
            else
            {
                if (who is not null) text.Add(who).Add(style == CitationStyle.Chicago ? " " : ", ", key: item.Key);
                text.Add(CitedYear(work, style), key: item.Key);
                if (locator is not null) text.Add(", " + locator.Render(style), key: item.Key);
            }
            (previousWho, previousCollapsible) = (who?.Plain, collapsible);
        }
        return text.Add(")").Build();
    }

    /// <summary>
    /// The works in reference-list order (<see cref="ListOrder"/>): names, then date (APA puts works without a date
    /// first, as apa.csl's <c>date-sort-group</c> does, and sorts newspaper articles, web pages and the like by their
    /// full date; the others put them last and sort by year), then title. The letters follow this order (2020a first).
    /// </summary>
    public IReadOnlyList<CitedWork> Sorted(IEnumerable<CitedWork> works, CitationStyle style = CitationStyles.Default) =>
        [.. ListOrder.Of(works, style)];

    /// <summary>The names a citation gives: the authors; without them, the editors.</summary>
    internal static IReadOnlyList<Content.References.PersonName> NamesCited(CitedWork work) =>
        work.Authors.Count > 0 ? work.Authors : work.Editors;

    // The names part of an in-text citation; without authors, the editors, then the title, then the key.
    internal static StyledText Who(CitedWork work, CitationStyle style, bool narrative, CiteForm form)
    {
        if (NamesCited(work) is { Count: > 0 } names) return Names.InText(names, style, narrative, work.Key, form);
        if (work.Title is not null)
        {
            var title = EntryParts.Title(work, style);
            return new StyledText(title.Runs.Select(r => r with { Key = work.Key }));
        }
        return new StyledText([new TextRun(work.Key, Key: work.Key)]);
    }

    // The names part as this bibliography tells the work apart from others.
    private StyledText Told(CitedWork work, CitationStyle style, bool narrative) => Who(work, style, narrative, Form(work, style));

    // How this bibliography tells the work apart; a work that is not in it (another with its key, say) has no form.
    private CiteForm Form(CitedWork work, CitationStyle style) =>
        _works.TryGetValue(work.Key, out var known) && known == work ? Forms(style).GetValueOrDefault(work.Key) : default;

    private IReadOnlyList<CiteItem> Order(IReadOnlyList<CiteItem> items, CitationStyle style)
    {
        // A prefix ("see") belongs to its place in the sentence: a cluster that has one keeps the order written.
        if (style == CitationStyle.Chicago || items.Any(i => i.Prefix is not null)) return items;
        var known = items.Select((item, at) => (item, at, work: Get(item.Key))).ToList();
        // apa.csl's citation sort: author-sort, date-sort-group, date-sort (the full date where the list has it), status.
        var sorted = style == CitationStyle.Apa
            ? known.OrderBy(k => k.work is null ? "\uffff" : NamesSortKey(k.work, style), StringComparer.Ordinal)
                   .ThenBy(k => k.work is null ? (3, 0L, 0L, 0L) : ListOrder.DateKey(k.work, style)).ThenBy(k => k.work is null ? "" : YearSuffix(k.work.Key, style), StringComparer.Ordinal)
            : known.OrderBy(k => k.work?.Year ?? long.MaxValue).ThenBy(k => k.work is null ? "" : YearSuffix(k.work.Key, style), StringComparer.Ordinal);
        return [.. sorted.ThenBy(k => k.at).Select(k => k.item)];
    }

    internal static string NamesSortKey(CitedWork work, CitationStyle style) =>
        NamesCited(work) is { Count: > 0 } names ? Names.SortKey(names, style) : (work.Title ?? work.Key).ToLowerInvariant();

    private IReadOnlyDictionary<string, CiteForm> Forms(CitationStyle style) =>
        _forms.GetOrAdd(style, s => Disambiguation.Forms(_works.Values, s));
}
