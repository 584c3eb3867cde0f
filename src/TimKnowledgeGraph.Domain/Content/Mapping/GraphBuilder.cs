using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Mapping;

/// <summary>
/// Collects nodes and relationships: drops null properties, adds <c>sourceFile</c>/<c>sourceLine</c>, keeps the first
/// of any duplicate identity, and only accepts labels and types from <see cref="GraphSchema"/>.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<NodeRef, GraphNode> _nodes = [];
    private readonly Dictionary<(string, NodeRef, NodeRef, string), GraphRelationship> _relationships = [];

    /// <summary>Adds a node unless one with the same label and id exists.</summary>
    public NodeRef Node(string label, string id, SourceLocation at, params (string Key, object? Value)[] properties)
    {
        if (!GraphSchema.IsLabel(label)) throw new ArgumentException($"'{label}' is not a schema label.", nameof(label));
        var reference = new NodeRef(label, id);
        _nodes.TryAdd(reference, new GraphNode(label, id, Properties(at, properties), at));
        return reference;
    }

    /// <summary>Adds a relationship unless one with the same identity exists.</summary>
    public void Relationship(string type, NodeRef from, NodeRef to, SourceLocation at, string key = "", params (string Key, object? Value)[] properties)
    {
        if (!GraphSchema.IsRelationshipType(type)) throw new ArgumentException($"'{type}' is not a schema relationship type.", nameof(type));
        _relationships.TryAdd((type, from, to, key), new GraphRelationship(type, from, to, Properties(at, properties), at, key));
    }

    /// <summary>Nodes by label then id, ordinal: deterministic output.</summary>
    public IReadOnlyList<GraphNode> Nodes() =>
        [.. _nodes.Values.OrderBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)];

    /// <summary>Relationships by type, ends and key, ordinal.</summary>
    public IReadOnlyList<GraphRelationship> Relationships() =>
        [.. _relationships.Values
            .OrderBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.From.Label, StringComparer.Ordinal).ThenBy(r => r.From.Id, StringComparer.Ordinal)
            .ThenBy(r => r.To.Label, StringComparer.Ordinal).ThenBy(r => r.To.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Key, StringComparer.Ordinal)];

    private static Dictionary<string, object?> Properties(SourceLocation at, (string Key, object? Value)[] properties)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
            if (value is not null) result[key] = value;
        result[GraphSchema.SourceFileProperty] = at.File;
        result[GraphSchema.SourceLineProperty] = (long)at.Line;
        return result;
    }
}
