namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>The first rows of one statement's answer, read under a <see cref="CypherRowLimit"/>.</summary>
/// <param name="Columns">Result columns.</param>
/// <param name="Rows">At most the limit's rows.</param>
/// <param name="Truncated">True when the answer had more rows (or bytes) than the limit; the rest was never read.</param>
/// <param name="Stats">Update counters; null when truncated, as Neo4j writes them after the last row.</param>
/// <param name="Graph">
/// The nodes and relationships of the rows read, when the statement asked for them (<see cref="CypherStatement.IncludeGraph"/>);
/// null otherwise.
/// </param>
public sealed record CypherRowPage(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    bool Truncated,
    CypherStats? Stats,
    CypherGraph? Graph = null);
