namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The nodes and relationships a statement's rows hold, as Neo4j's <c>graph</c> result format lists them (asked for with
/// <see cref="CypherStatement.IncludeGraph"/>): each node and relationship once, however many rows mention it.
/// </summary>
/// <param name="Nodes">Distinct nodes, in the order they first appeared, at most <see cref="CypherRowLimit.MaxGraphNodes"/>.</param>
/// <param name="Relationships">
/// Distinct relationships whose two ends are both in <paramref name="Nodes"/>, at most <see cref="CypherRowLimit.MaxGraphRelationships"/>.
/// </param>
/// <param name="Truncated">True when nodes or relationships were left out to keep within the caps.</param>
public sealed record CypherGraph(IReadOnlyList<CypherGraphNode> Nodes, IReadOnlyList<CypherGraphRelationship> Relationships, bool Truncated)
{
    /// <summary>No nodes, no relationships.</summary>
    public static readonly CypherGraph Empty = new([], [], false);
}

/// <summary>One node of a <see cref="CypherGraph"/>.</summary>
/// <param name="Id">The server's id for it (Neo4j 5's element id when given, else the numeric id as text).</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Properties">Its properties, as plain values (see <see cref="CypherResult"/>).</param>
public sealed record CypherGraphNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>One relationship of a <see cref="CypherGraph"/>, from <paramref name="StartNodeId"/> to <paramref name="EndNodeId"/>.</summary>
public sealed record CypherGraphRelationship(
    string Id, string Type, string StartNodeId, string EndNodeId, IReadOnlyDictionary<string, object?> Properties);
