using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Mapping;

/// <summary>
/// What one source (a note, a reference file, a dataset) maps to, in mapping order, and every id-index answer the
/// mapping depended on. The same records give the same fragment as long as <see cref="StillValidFor"/> holds, so
/// a cached fragment can stand in for mapping again. Compared by reference: the same fragment is the same object.
/// </summary>
internal sealed class GraphFragment
{
    private readonly IReadOnlyList<IndexLookup> _lookups;

    internal GraphFragment(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, IReadOnlyList<IndexLookup> lookups)
    {
        Nodes = nodes;
        Relationships = relationships;
        _lookups = lookups;
    }

    /// <summary>Nodes in the order mapping produced them (duplicates included: the graph keeps the first).</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Relationships in the order mapping produced them.</summary>
    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>Whether <paramref name="index"/> answers every lookup this fragment's mapping made exactly as before.</summary>
    public bool StillValidFor(IdIndex index)
    {
        foreach (var lookup in _lookups)
            if (!Equals(lookup.Answer, lookup.Wiki ? index.ResolveWikiTarget(lookup.Key) : index.Get(lookup.Key))) return false;
        return true;
    }
}

/// <summary>One question mapping asked the id index (an exact id, or a wiki-link target) and the answer it got.</summary>
internal readonly record struct IndexLookup(string Key, bool Wiki, IndexedId? Answer);
