using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Builds a <see cref="ContentSyncService"/> as the host does, over any client (tests pass failing ones).</summary>
public static class SyncHarness
{
    public static ContentSyncService Create(ICypherClient client, string contentRoot, int rowsPerRequest = 10_000, LoadStatus? status = null) =>
        new(client, new GraphSyncWriter { RowsPerRequest = rowsPerRequest }, status ?? new LoadStatus(),
            Options.Create(new ContentOptions { Root = contentRoot }), NullLogger<ContentSyncService>.Instance);
}
