using System.ComponentModel.DataAnnotations.Schema;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// What is known of one work: the one shape of a reference that the graph's readers bind to (each property from the
/// query column of its camelCase name, <c>Key</c> from <c>id</c>; authors and editors from their stored names)
/// and that the formatter, the pages, the API, the CLI and the exports (BibTeX, CSL-JSON, reference lists) all take.
/// Everything but the key may be missing: many seed references give only authors and a year, and the formatter renders
/// what exists without inventing the rest. A new reference field is a property here, plus the queries that return it
/// (and the Reference node's declared properties follow: <c>Shapes</c>).
/// </summary>
public sealed record CitedWork
{
    /// <summary>The citation key (the Reference node's id).</summary>
    [Column("id")]
    public required string Key { get; init; }

    /// <summary>The type as the export named it (BibTeX or CSL: <c>article</c>, <c>article-journal</c>, <c>book</c>, <c>chapter</c>...).</summary>
    public string? Type { get; init; }

    /// <summary>The title, as written.</summary>
    public string? Title { get; init; }

    /// <summary>The year of publication.</summary>
    public long? Year { get; init; }

    /// <summary>The authors in order.</summary>
    public IReadOnlyList<PersonName> Authors { get; init; } = [];

    /// <summary>The editors: of the work itself (an edited book), or of the book a chapter appeared in.</summary>
    public IReadOnlyList<PersonName> Editors { get; init; } = [];

    /// <summary>The journal, book or proceedings it appeared in.</summary>
    public string? Container { get; init; }

    /// <summary>Journal volume.</summary>
    public string? Volume { get; init; }

    /// <summary>Journal issue.</summary>
    public string? Issue { get; init; }

    /// <summary>Page or page range (<c>45-67</c>, <c>45--67</c> or <c>45–67</c>).</summary>
    public string? Pages { get; init; }

    /// <summary>The publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>Where the publisher is (Chicago and Harvard show it; APA 7 does not).</summary>
    public string? Place { get; init; }

    /// <summary>The DOI, without <c>https://doi.org/</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>The URL.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The work's language as its source names it (BibTeX <c>langid</c> or <c>language</c>, CSL <c>language</c>:
    /// <c>ngerman</c>, <c>fr</c>, <c>en-US</c>). Null when not given, which counts as English (<see cref="IsEnglish"/>).
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// The month of publication (1–12), when the source gives one: biblatex <c>date</c> (<c>2002-03</c>), BibTeX
    /// <c>month</c>, CSL <c>issued</c>'s second date part. APA, Chicago and Harvard print it only for the kinds of work
    /// they date to the day (newspapers, magazines, blog posts, web pages: <see cref="EntryDetails.DatedToTheDay"/>);
    /// it is kept and exported for every work all the same.
    /// </summary>
    public long? Month { get; init; }

    /// <summary>The day of the month, when the source gives one (never without <see cref="Month"/>).</summary>
    public long? Day { get; init; }

    /// <summary>The year the work first appeared (biblatex <c>origdate</c>, CSL <c>original-date</c>): a translation or reprint.</summary>
    public long? OriginalYear { get; init; }

    /// <summary>The translators in order (BibTeX and CSL <c>translator</c>).</summary>
    public IReadOnlyList<PersonName> Translators { get; init; } = [];

    /// <summary>The edition as written: a number (<c>2</c>, <c>2nd</c>) or text (<c>Revised</c>); BibTeX and CSL <c>edition</c>.</summary>
    public string? Edition { get; init; }

    /// <summary>
    /// The kind of work in words (BibTeX <c>type</c>, CSL <c>genre</c>): a thesis's "Doctoral dissertation" or "Master's
    /// thesis", a report's "Working paper". APA prints a thesis's in brackets (<see cref="EntryDetails.ThesisGenre"/>).
    /// </summary>
    public string? Genre { get; init; }

    /// <summary>
    /// When the URL was read, as ISO 8601 (<c>2020-03-04</c>): BibTeX <c>urldate</c>, CSL <c>accessed</c>. APA
    /// ("Retrieved …, from") and Chicago ("Accessed …") print it for a work without a date, Harvard after any URL.
    /// </summary>
    public string? Accessed { get; init; }

    /// <summary>
    /// Texts of its title and container whose case no style changes: BibTeX's braced groups (<c>{OECD}</c>,
    /// <c>{the Third Italy}</c>), CSL-JSON's <c>&lt;span class="nocase"&gt;</c>, as Zotero imports and citeproc-js keeps
    /// them (<see cref="TitleCase"/>). Empty when nothing is protected.
    /// </summary>
    public IReadOnlyList<string> CaseProtected { get; init; } = [];

    /// <summary>
    /// Protected texts kept per work, the first found: a title has a few. Each is searched for in the title whenever a
    /// style converts its case (<see cref="TitleCase"/>), so a hostile title of a million braced groups must not make
    /// every page that cites it search a million times.
    /// </summary>
    public const int MaxCaseProtected = 64;

    /// <summary>
    /// Whether styles may change the case of its titles: citeproc-js applies <c>text-case="title"</c> (Chicago) only to
    /// items in English or in no stated language; German or French titles keep the case they are written in.
    /// </summary>
    public bool IsEnglish => Language is null || Language.Trim().ToLowerInvariant() is var language && (language.StartsWith("en", StringComparison.Ordinal)
        || language is "american" or "british" or "usenglish" or "ukenglish" or "canadian" or "australian" or "newzealand");

    /// <summary>
    /// The Reference node's properties this shape holds, as columns name them (<c>id</c> for the key): the graph model
    /// declares the node's properties from this list (<c>Shapes</c>), so the two cannot drift.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } =
        [.. QueryColumns.SettableProperties(typeof(CitedWork)).Select(QueryColumns.Of)];

    /// <summary>
    /// The Reference node's properties besides its id, as the content loader stores them: names in their stored form (read
    /// back by <see cref="NamesFromStored"/>), editors and translators only when there are any. The columns of <see cref="Columns"/> but
    /// <c>id</c>, in their order (a test holds the two lists together).
    /// </summary>
    public IReadOnlyList<(string Column, object? Value)> StoredProperties() =>
    [
        ("type", Type), ("title", Title), ("year", Year), ("authors", StoredNames(Authors)),
        ("editors", Editors.Count == 0 ? null : StoredNames(Editors)), ("container", Container), ("volume", Volume), ("issue", Issue),
        ("pages", Pages), ("publisher", Publisher), ("place", Place), ("doi", Doi), ("url", Url), ("language", Language),
        ("month", Month), ("day", Day), ("originalYear", OriginalYear),
        ("translators", Translators.Count == 0 ? null : StoredNames(Translators)), ("edition", Edition), ("genre", Genre), ("accessed", Accessed),
        ("caseProtected", CaseProtected.Count == 0 ? null : CaseProtected),
    ];

    private static List<string> StoredNames(IEnumerable<PersonName> names) => [.. names.Select(n => n.StoredName)];

    /// <summary>What kind of work it is, as the styles tell them apart.</summary>
    public WorkKind Kind => Type?.ToLowerInvariant() switch
    {
        "article" or "article-journal" or "article-magazine" or "article-newspaper" => WorkKind.Article,
        "book" or "mvbook" or "collection" or "proceedings" or "report" or "techreport" or "thesis" or "phdthesis"
            or "mastersthesis" => WorkKind.Book,
        "incollection" or "inbook" or "chapter" or "inproceedings" or "conference" or "paper-conference" => WorkKind.Chapter,
        _ => WorkKind.Other,
    };

    /// <summary>
    /// Names as the graph stores them (<see cref="PersonName.StoredName"/>): <c>"Family, Given"</c>, <c>"Family, Jr.,
    /// Given"</c>, a single name, or a literal (corporate) name in braces when it has a comma.
    /// </summary>
    public static IReadOnlyList<PersonName> NamesFromStored(IEnumerable<string>? names) =>
        names is null ? [] : [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(PersonName.FromStored)];
}

/// <summary>The kinds of work author–date styles format differently.</summary>
public enum WorkKind
{
    /// <summary>A journal, magazine or newspaper article: title plain or quoted, container italic.</summary>
    Article,

    /// <summary>A book, report or thesis: title italic, then publisher.</summary>
    Book,

    /// <summary>A chapter or conference paper: title plain or quoted, "In" the italic book.</summary>
    Chapter,

    /// <summary>Anything else: title as an article's, container italic.</summary>
    Other,
}
