namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// The author–date styles references are rendered in, each following its Zotero CSL style: <c>apa.csl</c> (APA 7th),
/// <c>chicago-author-date.csl</c> as of the 17th edition, <c>harvard-cite-them-right.csl</c> (Cite Them Right, 12th).
/// </summary>
public enum CitationStyle
{
    /// <summary>APA 7th edition: "(Storper, 1993, p. 12)", "Storper, M. (1993)."</summary>
    Apa,

    /// <summary>Chicago Manual of Style 17th edition, author–date: "(Storper 1993, 12)", "Storper, Michael. 1993."</summary>
    Chicago,

    /// <summary>Harvard as Cite Them Right gives it: "(Storper, 1993, p. 12)", "Storper, M. (1993)."</summary>
    Harvard,
}

/// <summary>Names of the styles as URLs and the command line spell them.</summary>
public static class CitationStyles
{
    /// <summary>The style pages and notes use unless a reader asks for another.</summary>
    public const CitationStyle Default = CitationStyle.Apa;

    /// <summary>Every style, in the order pages offer them.</summary>
    public static IReadOnlyList<CitationStyle> All { get; } = [CitationStyle.Apa, CitationStyle.Chicago, CitationStyle.Harvard];

    /// <summary>The short name: <c>apa</c>, <c>chicago</c>, <c>harvard</c>.</summary>
    public static string Code(CitationStyle style) => style switch
    {
        CitationStyle.Chicago => "chicago",
        CitationStyle.Harvard => "harvard",
        _ => "apa",
    };

    /// <summary>What a reader calls it: "APA 7", "Chicago author–date (17th)", "Harvard (Cite Them Right)".</summary>
    public static string Title(CitationStyle style) => style switch
    {
        CitationStyle.Chicago => "Chicago author–date (17th)",
        CitationStyle.Harvard => "Harvard (Cite Them Right)",
        _ => "APA 7",
    };

    /// <summary>
    /// Reads a style name, ignoring case; the Zotero/CSL ids (<c>chicago-author-date</c>, <c>harvard-cite-them-right</c>)
    /// are accepted too. False for anything else.
    /// </summary>
    public static bool TryParse(string? name, out CitationStyle style)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "apa" or "apa7" or "apa-7":
                style = CitationStyle.Apa;
                return true;
            case "chicago" or "chicago-author-date":
                style = CitationStyle.Chicago;
                return true;
            case "harvard" or "harvard-cite-them-right" or "cite-them-right":
                style = CitationStyle.Harvard;
                return true;
            default:
                style = Default;
                return false;
        }
    }
}
