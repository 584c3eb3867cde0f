namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Reference types as the readers keep them (BibTeX entry types or CSL types, as the export named them), mapped to the
/// other vocabulary. Unknown types fall back to <c>misc</c> / <c>document</c>, which every consumer accepts.
/// </summary>
internal static class ReferenceTypes
{
    private static readonly Dictionary<string, (string BibTex, string Csl)> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = ("article", "article-journal"),
        ["article-journal"] = ("article", "article-journal"),
        ["article-magazine"] = ("article", "article-magazine"),
        ["article-newspaper"] = ("article", "article-newspaper"),
        ["book"] = ("book", "book"),
        ["mvbook"] = ("book", "book"),
        ["collection"] = ("book", "book"),
        ["incollection"] = ("incollection", "chapter"),
        ["inbook"] = ("incollection", "chapter"),
        ["chapter"] = ("incollection", "chapter"),
        ["inproceedings"] = ("inproceedings", "paper-conference"),
        ["conference"] = ("inproceedings", "paper-conference"),
        ["paper-conference"] = ("inproceedings", "paper-conference"),
        ["proceedings"] = ("proceedings", "book"),
        ["report"] = ("techreport", "report"),
        ["techreport"] = ("techreport", "report"),
        ["thesis"] = ("phdthesis", "thesis"),
        ["phdthesis"] = ("phdthesis", "thesis"),
        ["mastersthesis"] = ("mastersthesis", "thesis"),
        // biblatex's @online (Better BibLaTeX's type for Zotero's web pages and blog posts), which the reader and the
        // styles take for a web page; @misc came back as a document, its title no longer italic, its date only a year.
        ["online"] = ("online", "webpage"),
        ["webpage"] = ("online", "webpage"),
        ["post"] = ("online", "post"),
        ["post-weblog"] = ("online", "post-weblog"),
        ["misc"] = ("misc", "document"),
        ["document"] = ("misc", "document"),
    };

    public static string BibTex(string? type) => type is not null && Map.TryGetValue(type, out var t) ? t.BibTex : "misc";

    /// <summary>
    /// The CSL type: a CSL type is kept as it is (a blog post, a speech, a dataset read from CSL-JSON went out as
    /// "document" and came back dated to the year only); a BibTeX type is mapped; anything else is a document.
    /// </summary>
    public static string Csl(string? type) =>
        type is null ? "document"
        : CslTypes.Contains(type) && !Map.ContainsKey(type) ? type.ToLowerInvariant()
        : Map.TryGetValue(type, out var t) ? t.Csl : "document";

    /// <summary>
    /// biblatex's <c>entrysubtype</c> of an <c>@article</c> from a newspaper or magazine, as Better BibLaTeX writes it and
    /// Pandoc and our reader read it back (<c>BibTexReferences</c>); null for any other work.
    /// </summary>
    public static string? EntrySubtype(string? type) => type?.ToLowerInvariant() switch
    {
        "article-newspaper" => "newspaper",
        "article-magazine" => "magazine",
        _ => null,
    };

    // The item types of CSL 1.0.2 (the specification's appendix), which CSL-JSON readers (citeproc-js, Zotero, Pandoc) know.
    private static readonly HashSet<string> CslTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "classic",
        "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
        "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
        "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    };

    /// <summary>
    /// The BibTeX field the container goes in, for a BibTeX entry type: a book's or a report's container is its series.
    /// (A book's went in "publisher", beside the publisher's own field: two publisher fields, which BibTeX refuses.)
    /// </summary>
    public static string ContainerField(string bibTexType) => bibTexType switch
    {
        "article" => "journal",
        "incollection" or "inproceedings" => "booktitle",
        "book" or "proceedings" or "techreport" => "series",
        // A web page's site or a blog's name: biblatex's @online has no field for it, and journaltitle is the container
        // Pandoc and our reader take from any entry (howpublished, read by neither, lost it on the way back).
        "online" => "journaltitle",
        _ => "howpublished",
    };

    /// <summary>
    /// The BibTeX field the publisher goes in: a report's is its institution and a thesis's its school, the fields
    /// BibTeX's styles require of them (and read back as the publisher, BibTexReferences).
    /// </summary>
    public static string PublisherField(string bibTexType) => bibTexType switch
    {
        "techreport" => "institution",
        "phdthesis" or "mastersthesis" => "school",
        _ => "publisher",
    };
}
