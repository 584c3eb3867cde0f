using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Health;

/// <summary>
/// Is the graph answering: which server it is, and does a query run there (the <c>ping</c> query, through the runner
/// every read takes). The host's health check asks this rather than the Cypher client.
/// </summary>
public sealed class GraphPing(ICypherClient client, NamedQueryRunner runner, QueryCatalog catalog)
{
    /// <summary>The server's address (known before it answers, so an outage can name it).</summary>
    public Uri ServerUri => client.ServerUri;

    /// <summary>The server's version and edition once <c>ping</c> has run; a failure throws what the client throws.</summary>
    public async Task<ServerInfo> PingAsync(CancellationToken cancellationToken)
    {
        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        await runner.RunAsync(catalog.Get("ping"), new Dictionary<string, object?>(), cancellationToken).ConfigureAwait(false);
        return server;
    }
}
