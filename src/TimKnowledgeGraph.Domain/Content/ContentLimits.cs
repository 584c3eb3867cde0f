namespace TimKnowledgeGraph.Domain.Content;

/// <summary>
/// The limits that keep hostile or broken content from crashing, hanging or ballooning the host. Content beyond a limit
/// is refused with a <c>TKG09x</c> diagnostic (content/README.md lists them); nothing beyond it is read into memory.
/// The values are far above what a real corpus holds (the seed corpus' largest file is about 20 KB).
/// </summary>
internal static class ContentLimits
{
    /// <summary>A note or a dataset.md: 1 MiB (a book's worth of Markdown; a 30 MB note once took the host to 1.15 GB).</summary>
    public const long MaxNoteBytes = 1L << 20;

    /// <summary>A .bib or CSL-JSON file: 64 MiB (a Zotero library of tens of thousands of items).</summary>
    public const long MaxReferenceFileBytes = 64L << 20;

    /// <summary>A CSV or GraphML file of a content dataset: 64 MiB; larger networks go through <c>timkg import</c>.</summary>
    public const long MaxNetworkFileBytes = 64L << 20;

    /// <summary>The YAML front matter of a note or dataset.md: 64 KiB of text.</summary>
    public const int MaxFrontMatterChars = 64 << 10;

    /// <summary>How deep YAML maps and lists may nest in front matter (the schema needs 3).</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>
    /// How many YAML nodes front matter may hold with every alias counted as the node it repeats: stops
    /// "billion laughs" (<c>&amp;a [*a, *a, ...]</c> nested) before anything walks the expanded tree.
    /// </summary>
    public const int MaxYamlNodes = 100_000;

    /// <summary>
    /// How deep Markdown may nest (block quotes, lists, links, brackets): Markdig's own limit, which it enforces by
    /// refusing the document; we report where the nesting starts.
    /// </summary>
    public const int MaxMarkdownDepth = 128;

    /// <summary>
    /// The characters Markdig may scan looking for the ends of inline links and inline HTML in one note: openers
    /// (<c>](</c>, <c>&lt;!</c>, <c>&lt;?</c>) times the length of their paragraph, summed (about a second of parsing; a
    /// real note needs a few hundred thousand).
    /// </summary>
    public const long MaxMarkdownLinkScan = 50_000_000;

    /// <summary>
    /// Setext heading underlines and link reference definitions in one note (<see cref="Notes.Markdown.MarkdownBlockCount"/>):
    /// Markdig's time is quadratic in their number (10,000 take a few hundredths of a second; a real note holds a few dozen).
    /// </summary>
    public const int MaxMarkdownReplacedBlocks = 10_000;

    /// <summary>How deep CSL-JSON may nest (System.Text.Json's default maximum; CSL-JSON needs 4).</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>The longest BibTeX value, after <c>@string</c> macros are expanded: 1 Mi characters.</summary>
    public const int MaxBibValueChars = 1 << 20;

    /// <summary>All <c>@string</c> macro text one .bib file may expand to: 16 Mi characters (no exponential expansion).</summary>
    public const int MaxBibExpandedChars = 16 << 20;

    /// <summary>Columns in a CSV header.</summary>
    public const int MaxCsvColumns = 1_000;

    /// <summary>
    /// One CSV record: 1 MiB of UTF-8, so one hostile cell (or a quote left open) cannot make the reader buffer a whole
    /// file of <c>timkg import</c>, which has no file size limit (a 50 MB name took the host to 842 MB).
    /// </summary>
    public const int MaxCsvRecordBytes = 1 << 20;

    /// <summary>
    /// An id in a network row (an actor's id, a tie's ends, a region or layer named by a row): 1,000 characters. Ids are
    /// index keys, and Neo4j refuses or cannot find long ones (Lucene's 32,766-byte terms in 3.1, range index keys of
    /// about 8 KB in 5.x): a re-import did not delete a stale actor whose id was 40,000 characters.
    /// </summary>
    public const int MaxIdChars = 1_000;

    /// <summary>Any other value in a network row (a name, a kind, a resource, a weight, a time): 64 Ki characters.</summary>
    public const int MaxValueChars = 64 << 10;

    /// <summary>Content files under one root.</summary>
    public const int MaxFiles = 50_000;

    /// <summary>The bytes of all content files under one root: 1 GiB.</summary>
    public const long MaxTotalBytes = 1L << 30;

    /// <summary>Diagnostics kept per file; the rest are counted in one closing warning, so a broken file cannot flood memory.</summary>
    public const int MaxDiagnosticsPerFile = 200;

    /// <summary>
    /// Validation diagnostics kept per load, all files together; the rest are counted in one closing diagnostic. 10,000
    /// notes of 199 broken links each kept two million (1.5 GB in the host, a 257 MB load status, a 482 MB log).
    /// </summary>
    public const int MaxDiagnosticsPerLoad = 2_000;

    /// <summary>
    /// Layers per dataset. The overlap analyses compare every pair of layers: 200 layers of 4,000 ties took the
    /// dataset's page 9 s on the local Neo4j 3.1, and 2,000 layers ran it out of its 2 GB heap.
    /// </summary>
    public const int MaxLayersPerDataset = 200;

    /// <summary>The size limit of a file of <paramref name="kind"/>.</summary>
    public static long MaxBytes(Discovery.ContentFileKind kind) => kind switch
    {
        Discovery.ContentFileKind.BibTex or Discovery.ContentFileKind.CslJson => MaxReferenceFileBytes,
        Discovery.ContentFileKind.NetworkData => MaxNetworkFileBytes,
        _ => MaxNoteBytes,
    };

    /// <summary>A byte count for messages: "1 MiB", "30.5 MiB", "812 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GiB",
        >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1L << 20 => FormattableString.Invariant($"{bytes / (double)(1L << 20):0.0} MiB"),
        >= 1L << 10 => FormattableString.Invariant($"{bytes / (double)(1L << 10):0.0} KiB"),
        _ => $"{bytes} bytes",
    };

    /// <summary>
    /// BibTeX entries or CSL-JSON items one reference file may hold: 100,000. A large Zotero library holds tens of
    /// thousands; each reference costs a load about 2 KB (its node, properties and index entries), so a file under the
    /// size limit full of tiny entries (2 million in 32 MiB) took 54 s and 3.8 GB to validate, 5 s and 340 MB with this
    /// limit. Entries past it are not read.
    /// </summary>
    public const int MaxReferencesPerFile = 100_000;

    /// <summary>The error at the first entry (BibTeX) or item (CSL-JSON) past <see cref="MaxReferencesPerFile"/>.</summary>
    public static Diagnostics.Diagnostic TooManyReferences(Diagnostics.SourceLocation at, string entries, string entry) =>
        Diagnostics.Diagnostic.Error(at, Validation.DiagnosticCodes.TooLarge,
            $"found more than {MaxReferencesPerFile} {entries} in this file, expected at most {MaxReferencesPerFile}; this {entry} and the ones after it are not read (split the library into several files)");

    /// <summary>
    /// Actors, and ties, of one content dataset: 100,000 each. A content dataset is held in memory whole, with every row's
    /// field locations, then mapped to graph relationships: validating 300,000 ties took 910 MB and 10-16 s, so a 64 MiB
    /// file (<see cref="MaxNetworkFileBytes"/>, 4.5 million short ties) could take over 10 GB. Content datasets are the
    /// small networks a text describes (the seed corpus' largest has 38 ties); larger ones go through <c>timkg import</c>,
    /// which streams them in constant memory.
    /// </summary>
    public const int MaxDatasetRows = 100_000;
}
