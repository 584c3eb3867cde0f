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
        var present = server.Major < 4 ? await IndexesOf3xAsync(client, cancellationToken).ConfigureAwait(false) : new HashSet<string>();
        long constraintsAdded = 0, indexesAdded = 0;
        foreach (var (statement, index) in SchemaStatements.WithIndexes(server))
        {
            if (present.Contains(index)) continue;
            // One statement per transaction: Neo4j refuses schema changes in a transaction that also changed data,
            // and a failure then names exactly one statement.
            var results = await client.RunAsync([statement], cancellationToken).ConfigureAwait(false);
            constraintsAdded += results.Sum(r => r.Stats?.ConstraintsAdded ?? 0);
            indexesAdded += results.Sum(r => r.Stats?.IndexesAdded ?? 0);
        }
        LogEnsured(logger, client.ServerUri, server.VersionText, constraintsAdded, indexesAdded);
    }

    // On 3.x a CREATE INDEX or CONSTRAINT takes the schema's exclusive lock even when there is nothing to create, and
    // waits behind any running read (which holds it shared): every CLI command started behind a long raw query waited
    // five minutes and then failed on a deadlock. What db.indexes() (a read) lists already is not created again. 4.x and
    // 5.x say IF NOT EXISTS; should the call fail, every statement runs as before.
    private static async Task<IReadOnlySet<string>> IndexesOf3xAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        try
        {
            var results = await client.RunAsync([new CypherStatement("CALL db.indexes() YIELD description RETURN description")], cancellationToken)
                .ConfigureAwait(false);
            return results.SelectMany(r => r.Rows).Select(row => row[0] as string).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
        catch (Neo4jClientException)
        {
            return new HashSet<string>();
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information,
        Message = "Neo4j at {ServerUri} ({Version}): schema ensured, {ConstraintsAdded} constraints and {IndexesAdded} indexes added")]
    private static partial void LogEnsured(ILogger logger, Uri serverUri, string version, long constraintsAdded, long indexesAdded);
}
