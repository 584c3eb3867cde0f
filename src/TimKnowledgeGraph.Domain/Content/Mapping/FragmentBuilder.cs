using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Mapping;

/// <summary>
/// Makes the nodes and relationships of one <see cref="GraphFragment"/>: drops null properties, adds
/// <c>sourceFile</c>/<c>sourceLine</c>, only accepts labels and types from <see cref="GraphSchema"/>, and remembers
/// every id-index answer the mapping asked for.
/// </summary>
internal sealed class FragmentBuilder(IdIndex index)
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];
    private readonly List<IndexLookup> _lookups = [];

    /// <summary>The declaration of an id (exact match), or null; the answer is remembered.</summary>
    public IndexedId? Get(string id)
    {
        var found = index.Get(id);
        _lookups.Add(new IndexLookup(id, false, found));
        return found;
    }

    /// <summary>Resolves a wiki-link target, or null; the answer is remembered.</summary>
    public IndexedId? ResolveWikiTarget(string target)
    {
        var found = index.ResolveWikiTarget(target);
        _lookups.Add(new IndexLookup(target, true, found));
        return found;
    }

    /// <summary>Adds a node (the graph keeps the first of several with the same label and id).</summary>
    public NodeRef Node(string label, string id, SourceLocation at, params (string Key, object? Value)[] properties)
    {
        if (!GraphSchema.IsLabel(label)) throw new ArgumentException($"'{label}' is not a schema label.", nameof(label));
        _nodes.Add(new GraphNode(label, id, Properties(at, properties), at));
        return new NodeRef(label, id);
    }

    /// <summary>Adds a relationship (the graph keeps the first of several with the same identity).</summary>
    public void Relationship(string type, NodeRef from, NodeRef to, SourceLocation at, string key = "", params (string Key, object? Value)[] properties)
    {
        if (!GraphSchema.IsRelationshipType(type)) throw new ArgumentException($"'{type}' is not a schema relationship type.", nameof(type));
        _relationships.Add(new GraphRelationship(type, from, to, Properties(at, properties), at, key));
    }

    /// <summary>The fragment made so far.</summary>
    public GraphFragment ToFragment() => new([.. _nodes], [.. _relationships], [.. _lookups]);

    private static Dictionary<string, object?> Properties(SourceLocation at, (string Key, object? Value)[] properties)
    {
        var result = new Dictionary<string, object?>(properties.Length + 2, StringComparer.Ordinal);
        foreach (var (key, value) in properties)
            if (value is not null) result[key] = value;
        result[GraphSchema.SourceFileProperty] = at.File;
        result[GraphSchema.SourceLineProperty] = (long)at.Line;
        return result;
    }
}
