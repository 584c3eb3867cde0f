namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// A relationship's identity in the graph: type, both ends and <c>key</c> (which tells apart parallel relationships
/// of one type between the same nodes, e.g. TIEs in two layers; empty otherwise).
/// </summary>
public readonly record struct RelationshipKey(string Type, NodeKey From, NodeKey To, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{From}-[{Type} {Key}]->{To}";
}
