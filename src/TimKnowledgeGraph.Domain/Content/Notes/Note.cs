using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>What every note has: id, where it is, its body and the links common to all kinds.</summary>
public abstract record Note
{
    /// <summary>The note type (from the folder).</summary>
    public abstract NoteKind Kind { get; }

    /// <summary>The file, relative to the content root.</summary>
    public required string File { get; init; }

    /// <summary>The effective id: the explicit <c>id:</c> if given, else the file name.</summary>
    public required string Id { get; init; }

    /// <summary>The file name without <c>.md</c>.</summary>
    public required string FileStem { get; init; }

    /// <summary>The explicit <c>id:</c>, if any.</summary>
    public Scalar? ExplicitId { get; init; }

    /// <summary>The <c>type:</c> key, if any.</summary>
    public Scalar? Type { get; init; }

    /// <summary>Where the note starts (the opening <c>---</c>).</summary>
    public required SourceLocation At { get; init; }

    /// <summary>The Markdown body, without front matter.</summary>
    public string Body { get; init; } = "";

    /// <summary><c>introduced_in</c> items.</summary>
    public IReadOnlyList<RefLink> IntroducedIn { get; init; } = [];

    /// <summary><c>cito</c> items: citation relations (CiTO) from this note, or between references.</summary>
    public IReadOnlyList<CitoLink> Cito { get; init; } = [];

    /// <summary><c>produced_by</c>: the actors, authors or events (network layers) that produced this note's idea.</summary>
    public IReadOnlyList<IdLink> ProducedBy { get; init; } = [];

    /// <summary><c>evidence</c> items.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>Wiki-links in the body, in order.</summary>
    public IReadOnlyList<WikiLinkRef> WikiLinks { get; init; } = [];

    /// <summary>Links in the body to a heading or block of this note (<c>[[#Heading]]</c>, <c>[[#^block]]</c>), in order.</summary>
    public IReadOnlyList<WikiLinkRef> SameNoteLinks { get; init; } = [];

    /// <summary>
    /// The ids of this note's headings and blocks on its page (<see cref="Markdown.NoteMarkdown.Anchors"/>), which the
    /// fragments of links name, each with how a link writes it (the heading's text, or <c>^block</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Anchors { get; init; } = new Dictionary<string, string>();

    /// <summary>Its Obsidian tags without <c>#</c>: the front matter's <c>tags</c>, then those in the body, each once (<see cref="NoteTags"/>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Cited keys in the body, in order.</summary>
    public IReadOnlyList<CitationRef> Citations { get; init; } = [];

    /// <summary>Keys whose values had the wrong shape (already reported), so they are not reported as missing too.</summary>
    public IReadOnlySet<string> MalformedKeys { get; init; } = new HashSet<string>();

    /// <summary>Where the id is declared: the <c>id:</c> value, else the note start.</summary>
    public SourceLocation IdAt => ExplicitId?.At ?? At;
}
