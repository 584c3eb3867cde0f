using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// The latest load recorded in the graph (its <c>Load</c> node), whoever made it: this host or a <c>timkg load</c> in
/// another process. The pages' cache key reads it through this use case rather than the Cypher client.
/// </summary>
public sealed class LatestLoadReader(ICypherClient client)
{
    /// <summary>The latest load, or null when the graph has none.</summary>
    public Task<LoadRecord?> ReadAsync(CancellationToken cancellationToken) => LoadRecordStore.ReadLatestAsync(client, cancellationToken);
}
