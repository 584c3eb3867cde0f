using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Mapping;

/// <summary>
/// The order a load lists the graph in (<see cref="ContentLoadResult"/>): nodes by label then id, relationships by type, ends and key (all ordinal).
/// Identities are unique in a load, so both orders are total: equal means the same identity.
/// </summary>
public static class GraphOrder
{
    /// <summary>Compares nodes by label, then id.</summary>
    public static int Compare(GraphNode a, GraphNode b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(new NodeRef(a.Label, a.Id), new NodeRef(b.Label, b.Id));
    }

    /// <summary>Compares relationships by type, start node, end node, then key.</summary>
    public static int Compare(GraphRelationship a, GraphRelationship b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = string.CompareOrdinal(a.Type, b.Type);
        if (c == 0) c = Compare(a.From, b.From);
        if (c == 0) c = Compare(a.To, b.To);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }

    /// <summary>Compares node references by label, then id.</summary>
    public static int Compare(NodeRef a, NodeRef b)
    {
        var c = string.CompareOrdinal(a.Label, b.Label);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }
}
