using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Neo4j.Schema;

/// <summary>Creates the graph's constraints and indexes if they are missing. Safe to run on every start.</summary>
internal sealed partial class SchemaInitializer(ILogger<SchemaInitializer> logger)
{
    /// <summary>Runs every statement of <see cref="SchemaStatements.For"/> against the server behind <paramref name="client"/>.</summary>
    public async Task EnsureAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        long constraintsAdded = 0, indexesAdded = 0;
        foreach (var statement in SchemaStatements.For(server))
        {
            // One statement per transaction: Neo4j refuses schema changes in a transaction that also changed data,
            // and a failure then names exactly one statement.
            var results = await client.RunAsync([statement], cancellationToken).ConfigureAwait(false);
            constraintsAdded += results.Sum(r => r.Stats?.ConstraintsAdded ?? 0);
            indexesAdded += results.Sum(r => r.Stats?.IndexesAdded ?? 0);
        }
        LogEnsured(logger, client.ServerUri, server.VersionText, constraintsAdded, indexesAdded);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information,
        Message = "Neo4j at {ServerUri} ({Version}): schema ensured, {ConstraintsAdded} constraints and {IndexesAdded} indexes added")]
    private static partial void LogEnsured(ILogger logger, Uri serverUri, string version, long constraintsAdded, long indexesAdded);
}
