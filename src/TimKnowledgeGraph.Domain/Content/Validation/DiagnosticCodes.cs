namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// The stable diagnostic codes of the content pipeline. Codes never change meaning once published:
/// researchers and CI scripts search for them. The table in content/README.md lists the same codes.
/// </summary>
public static class DiagnosticCodes
{
    // 00x: a file could not be read as its format.
    /// <summary>The YAML front matter is not valid YAML (or not a mapping).</summary>
    public const string MalformedYaml = "TKG001";
    /// <summary>A note or dataset.md has no front matter block between <c>---</c> lines at its top.</summary>
    public const string MissingFrontMatter = "TKG002";
    /// <summary>BibTeX syntax error.</summary>
    public const string MalformedBibTex = "TKG003";
    /// <summary>JSON syntax error, or CSL-JSON of the wrong shape.</summary>
    public const string MalformedJson = "TKG004";
    /// <summary>CSV quoting error or a row of the wrong width.</summary>
    public const string MalformedCsv = "TKG005";
    /// <summary>XML syntax error, or GraphML of the wrong shape.</summary>
    public const string MalformedGraphMl = "TKG006";
    /// <summary>A file named by dataset.md does not exist.</summary>
    public const string MissingFile = "TKG007";
    /// <summary>A file in a content folder that is not content (warning).</summary>
    public const string IgnoredFile = "TKG008";

    // 01x: the shape of one record.
    /// <summary>A required key, column or field is missing or empty.</summary>
    public const string MissingRequired = "TKG010";
    /// <summary>A value has the wrong type (list where a value was expected, text where a number was expected...).</summary>
    public const string WrongType = "TKG011";
    /// <summary>A value is not one of the allowed values.</summary>
    public const string BadEnumValue = "TKG012";
    /// <summary>An unknown front matter key (warning).</summary>
    public const string UnknownKey = "TKG013";
    /// <summary>A <c>type:</c> key disagrees with the folder the note is in.</summary>
    public const string TypeMismatch = "TKG014";
    /// <summary>An explicit <c>id:</c> differs from the file name.</summary>
    public const string IdFileNameMismatch = "TKG015";
    /// <summary>A note id that is not a lower-case slug (warning).</summary>
    public const string IdNotSlug = "TKG016";
    /// <summary>A BibTeX field given twice in one entry (warning; the first is kept).</summary>
    public const string DuplicateField = "TKG017";

    // 02x: ids and links across the corpus.
    /// <summary>The same id declared twice anywhere in the corpus.</summary>
    public const string DuplicateId = "TKG020";
    /// <summary>A typed link names an id that does not exist.</summary>
    public const string UnknownId = "TKG021";
    /// <summary>A typed link names an id of the wrong kind (a reference where a concept was expected...).</summary>
    public const string WrongTargetKind = "TKG022";
    /// <summary>A wiki-link in a note body matches no id, note file name or path, name or alias.</summary>
    public const string BrokenWikiLink = "TKG023";
    /// <summary>A citation key in a note body is not a known reference.</summary>
    public const string UnknownCitation = "TKG024";
    /// <summary>A cycle in DERIVED_FROM, MEMBER_OF or SPECIALISES.</summary>
    public const string Cycle = "TKG025";

    // 03x: network data.
    /// <summary>A tie names an actor the dataset does not declare.</summary>
    public const string UnknownActor = "TKG030";
    /// <summary>A tie or actor names a layer the dataset does not declare.</summary>
    public const string UnknownLayer = "TKG031";
    /// <summary>An actor names a region dataset.md does not declare, though it declares others (warning; taken from the data, RegionsFromData).</summary>
    public const string UndeclaredRegion = "TKG032";
    /// <summary>A tie weight that is not a number.</summary>
    public const string NonNumericWeight = "TKG033";
    /// <summary>The same tie (source, target, layer, wave, from) given twice (warning; the first is kept).</summary>
    public const string DuplicateTie = "TKG034";
    /// <summary>An actor kind or layer nature outside the known lists (warning; kept as written, NetworkVocabulary).</summary>
    public const string UnknownVocabulary = "TKG035";
    /// <summary>
    /// A date that is not a year or an ISO date: a <c>from</c> or <c>to</c> of network data (error); a reference's
    /// <c>date</c>, <c>month</c>, <c>day</c>, <c>origdate</c> or <c>urldate</c>, or a CSL-JSON date's month or day (warning: the
    /// year in it is kept).
    /// </summary>
    public const string BadDate = "TKG036";
    /// <summary>A <c>to</c> before its row's <c>from</c>.</summary>
    public const string ToBeforeFrom = "TKG037";
    /// <summary>A <c>wave</c> that dataset.md does not declare under <c>waves</c>.</summary>
    public const string UnknownWave = "TKG038";
    /// <summary>A value of network data holding a control character XML cannot hold (warning; kept, exported as U+FFFD).</summary>
    public const string ControlCharacter = "TKG039";

    // 09x: content the loader refuses to read, to protect the host (limits in ContentLimits, listed in content/README.md).
    /// <summary>A file, front matter, value, header or the whole content root is larger than its limit.</summary>
    public const string TooLarge = "TKG090";
    /// <summary>Nesting (YAML, Markdown, JSON, XML) deeper than its limit, or YAML aliases that expand beyond it.</summary>
    public const string TooDeep = "TKG091";
    /// <summary>Bytes that are not UTF-8, in a file or in its name.</summary>
    public const string NotUtf8 = "TKG092";
    /// <summary>A symbolic link (to a file or folder), a pipe, socket or device, or what cannot be opened, in a content folder: never followed or opened.</summary>
    public const string LinkNotFollowed = "TKG093";

    // Appended: the relation vocabulary (content/README.md, "Typed links").
    /// <summary>A <c>cito</c> item names no relation, or one that is not in the CiTO subset the format knows.</summary>
    public const string UnknownRelation = "TKG026";

    // Appended: links to a heading or block (content/README.md, "Bodies: wiki-links and citations").
    /// <summary>A wiki-link's <c>#Heading</c> or <c>#^block</c> names none the note it links to has (warning; the link goes to the note).</summary>
    public const string MissingAnchor = "TKG027";
}
