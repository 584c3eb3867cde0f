using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// Resolves wiki-link targets and citation keys in note bodies to page URLs and names, matching as the loader does
/// (content/README.md): id (ignoring case), then name, then alias, then a note's or dataset's path
/// (<see cref="WikiPathIndex{T}"/>, as validation resolves it). Citations are formatted from the corpus's
/// <see cref="Bibliography"/>.
/// </summary>
internal sealed class LinkIndex
{
    private readonly Dictionary<string, Target> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Target> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Target> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly WikiPathIndex<Target> _byPath = new();
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);

    /// <summary>Builds the index from <c>web-link-index</c> rows (id, label, name, aliases) and the corpus's works.</summary>
    public LinkIndex(IEnumerable<LinkTargetRow> rows, Bibliography? bibliography = null)
    {
        Bibliography = bibliography ?? Bibliography.Empty;
        foreach (var row in rows)
        {
            var (id, label) = (row.Id, row.Label);
            if (PageLinks.For(label, id) is not { } href) continue;
            // A reference is named as readers name it, "Storper (1993)", not by its key.
            var shown = label == GraphSchema.Reference && Bibliography.Get(id!) is not null
                ? Bibliography.Label(id!).Plain
                : row.Name;
            var target = new Target(href, shown);
            _byId.TryAdd(id!, target);
            if (label == GraphSchema.Reference) _references.Add(id!);
            if (row.Name is { } name) _byName.TryAdd(name, target);
            foreach (var alias in row.Aliases) _byAlias.TryAdd(alias, target);
            if (row.File is { } file) _byPath.Add(file, target);
        }
    }

    /// <summary>The works citations are formatted from.</summary>
    public Bibliography Bibliography { get; }

    /// <summary>The page a wiki-link target names, or null (rendered as an unresolved span).</summary>
    public string? WikiLink(string target) => Find(target)?.Href;

    /// <summary>The name of what a wiki-link target names, or null.</summary>
    public string? WikiLinkName(string target) => Find(target)?.Name;

    /// <summary>Everything the note renderer needs, with this index's resolvers, to render the note in <paramref name="noteFile"/>.</summary>
    public NoteLinks ForNote(string? noteFile) => new()
    {
        NoteFile = noteFile,
        WikiLinkHref = WikiLink,
        WikiLinkName = WikiLinkName,
        CitationHref = Citation,
        Bibliography = Bibliography,
    };

    private Target? Find(string target) =>
        _byId.GetValueOrDefault(target) ?? _byName.GetValueOrDefault(target) ?? _byAlias.GetValueOrDefault(target) ?? _byPath.Find(target);

    private sealed record Target(string Href, string? Name);

    /// <summary>The page of a cited reference, or null.</summary>
    public string? Citation(string key) => _references.Contains(key) ? PageLinks.Reference(key) : null;
}

/// <summary>A node a wiki-link may name (<c>web-link-index</c>): by id, name, alias or its file's path.</summary>
[QueryRow("web-link-index")]
internal sealed record LinkTargetRow(string? Id, string? Label, string? Name, IReadOnlyList<string> Aliases, string? File);
