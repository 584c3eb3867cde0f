using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// The content-owned part of a graph, by identity: what a load wants the graph to be (from content), or what
/// the graph holds now (read back, or remembered from the last load this process wrote).
/// </summary>
public sealed class GraphSnapshot
{
    /// <summary>Node properties (including <c>id</c>, <c>sourceFile</c>) by identity.</summary>
    public Dictionary<NodeKey, IReadOnlyDictionary<string, object?>> Nodes { get; } = [];

    /// <summary>Relationship properties (including <c>key</c>, <c>sourceFile</c>) by identity.</summary>
    public Dictionary<RelationshipKey, IReadOnlyDictionary<string, object?>> Relationships { get; } = [];

    /// <summary>The snapshot a content load describes: the properties written are exactly these maps.</summary>
    public static GraphSnapshot FromContent(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        var snapshot = new GraphSnapshot();
        foreach (var node in nodes)
            snapshot.Nodes[new NodeKey(node.Label, node.Id)] = NodeProperties(node);
        foreach (var r in relationships)
            snapshot.Relationships[Key(r)] = RelationshipProperties(r);
        return snapshot;
    }

    /// <summary>The identity of a mapped relationship.</summary>
    public static RelationshipKey Key(GraphRelationship r) =>
        new(r.Type, new NodeKey(r.From.Label, r.From.Id), new NodeKey(r.To.Label, r.To.Id), r.Key);

    /// <summary>The full property map a node is written with: its properties plus <c>id</c>.</summary>
    public static IReadOnlyDictionary<string, object?> NodeProperties(GraphNode node) =>
        new Dictionary<string, object?>(node.Properties, StringComparer.Ordinal) { ["id"] = node.Id };

    /// <summary>The full property map a relationship is written with: its properties plus <c>key</c>.</summary>
    public static IReadOnlyDictionary<string, object?> RelationshipProperties(GraphRelationship r) =>
        new Dictionary<string, object?>(r.Properties, StringComparer.Ordinal) { ["key"] = r.Key };
}
