using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// Every id declared in the corpus (ids are unique across it, also ignoring case), and the lookup wiki-links use: the id
/// ignoring case (one declared id each), then note file names, then names, then aliases, then paths of notes and
/// datasets (<see cref="WikiPathIndex{T}"/>). Ids and targets come in NFC from their readers (<see cref="Identifier"/>);
/// names and aliases, free text, are looked up in NFC too.
/// </summary>
internal sealed class IdIndex(IReadOnlySet<string>? unreadableNoteIds = null)
{
    private readonly IReadOnlySet<string> _unreadable = unreadableNoteIds ?? new HashSet<string>();
    private readonly Dictionary<string, IndexedId> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedId> _byIdIgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IndexedId> _byFileName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IndexedId> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (IndexedId Entry, SourceLocation At)> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly WikiPathIndex<IndexedId> _byPath = new();

    /// <summary>True for the id of a note that exists but could not be read (its problem is reported there).</summary>
    public bool IsUnreadableNote(string idOrFileName) => _unreadable.Contains(idOrFileName);

    /// <summary>All declared ids.</summary>
    public IReadOnlyCollection<IndexedId> All => _ids.Values;

    /// <summary>Declares an id; a second declaration is reported at its place, naming the first.</summary>
    public bool Declare(IndexedId entry, IDiagnosticSink sink)
    {
        if (_ids.TryGetValue(entry.Id, out var first))
        {
            sink.Report(Diagnostic.Error(entry.At, DiagnosticCodes.DuplicateId,
                $"id '{entry.Id}' ({entry.Label}) is already declared at {first.At} ({first.Label}); ids must be unique across the corpus"));
            return false;
        }
        // "Learning-Region" beside "learning-region": one file on macOS and Windows, and a wiki-link (which ignores
        // case, as Obsidian's do) could not tell them apart. ("café" in two Unicode forms is one id: readers compose.)
        if (_byIdIgnoreCase.TryGetValue(entry.Id, out var alike))
        {
            sink.Report(Diagnostic.Error(entry.At, DiagnosticCodes.DuplicateId,
                $"id '{entry.Id}' ({entry.Label}) differs from '{alike.Id}' ({alike.Label}, declared at {alike.At}) only in case; " +
                "ids must differ in more than that, as links and case-insensitive file systems do not tell them apart"));
            return false;
        }
        _ids[entry.Id] = entry;
        _byIdIgnoreCase[entry.Id] = entry;
        return true;
    }

    /// <summary>
    /// Declares an id that is not a note's, reference's or dataset's own (an actor of a dataset, an author of a
    /// reference) so that typed links like <c>produced_by</c> can name it. Those ids are made by the loader, so a
    /// clash is not the writer's mistake: the first declaration wins and nothing is reported. They are not
    /// wiki-link targets.
    /// </summary>
    public void DeclareDerived(IndexedId entry) => _ids.TryAdd(entry.Id, entry);

    /// <summary>
    /// Registers extra wiki-link names for a declared node: its note's file name (null for a dataset, whose
    /// <c>dataset.md</c> is named by its folder), the file itself for links written as paths, its name and aliases.
    /// An alias another note already has is a warning: a link by it goes to the first, which the writer may not expect.
    /// </summary>
    public void AddWikiNames(IndexedId entry, string? fileName, string file, string? name, IEnumerable<Scalar> aliases, IDiagnosticSink sink)
    {
        if (fileName is not null) _byFileName.TryAdd(fileName, entry);
        _byPath.Add(file, entry);
        if (name is not null) _byName.TryAdd(Identifier.Normalize(name), entry);
        foreach (var alias in aliases)
        {
            var key = Identifier.Normalize(alias.Value);
            if (_byAlias.TryAdd(key, (entry, alias.At))) continue;
            var (first, at) = _byAlias[key];
            if (first.Id != entry.Id)
                sink.Report(Diagnostic.Warning(alias.At, DiagnosticCodes.DuplicateId,
                    $"alias '{alias.Value}' is also an alias of '{first.Id}' (at {at}); [[{alias.Value}]] links to '{first.Id}', not to '{entry.Id}': give each note aliases of its own"));
        }
    }

    /// <summary>The declaration of an id (exact match), or null.</summary>
    public IndexedId? Get(string id) => _ids.GetValueOrDefault(id);

    /// <summary>
    /// Resolves a wiki-link target, or null. Ids alike but for case are refused (<see cref="Declare"/>), so
    /// the one declared id a target folds to is the exact one when that exists.
    /// </summary>
    public IndexedId? ResolveWikiTarget(string target) => Resolve(Identifier.Normalize(target));

    private IndexedId? Resolve(string target) =>
        _byIdIgnoreCase.GetValueOrDefault(target)
        ?? _byFileName.GetValueOrDefault(target)
        ?? _byName.GetValueOrDefault(target)
        ?? (_byAlias.TryGetValue(target, out var alias) ? alias.Entry : null)
        // Last, so that a name or alias with a '/' in it ("Input/Output Model") still means what it says.
        ?? _byPath.Find(target);

    /// <summary>
    /// For a target written as a path (<c>concepts/alpha</c>, <c>alpha.md</c>): the note whose file name is its last
    /// segment, wherever that note is; null for other targets. File names are unique among notes (they are the ids),
    /// so there is at most one. A note's declaration is made in its own file (at <c>id:</c> or the opening
    /// <c>---</c>), so <see cref="IndexedId.At"/> gives the note's path relative to the content root.
    /// </summary>
    public IndexedId? NoteWithFileNameOf(string target) =>
        WikiLinkPath.Of(target) is { } path ? _byFileName.GetValueOrDefault(path.FileStem) : null;

    /// <summary>A "did you mean" hint among ids with one of the given labels (any label when none given).</summary>
    public string? Hint(string value, params string[] labels) =>
        EditDistance.Hint(value, _ids.Values.Where(e => labels.Length == 0 || labels.Contains(e.Label)).Select(e => e.Id));

    /// <summary>All labels that can be a node a wiki-link or citation names.</summary>
    public static readonly string[] NoteLabels = [GraphSchema.Concept, GraphSchema.Proposition, GraphSchema.Critique];
}
