namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>A node's identity in the graph: its schema label and its <c>id</c>.</summary>
public readonly record struct NodeKey(string Label, string Id)
{
    /// <inheritdoc />
    public override string ToString() => $"({Label} {Id})";
}
