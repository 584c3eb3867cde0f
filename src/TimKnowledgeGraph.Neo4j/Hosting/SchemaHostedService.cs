using Microsoft.Extensions.Hosting;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Neo4j.Hosting;

/// <summary>Creates the constraints and indexes before anything loads (hosted services start in registration order).</summary>
internal sealed class SchemaHostedService(ICypherClient client, SchemaInitializer schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.EnsureAsync(client, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
