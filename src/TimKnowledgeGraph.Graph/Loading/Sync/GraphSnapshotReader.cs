using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// Reads the content-owned part of the graph back as a <see cref="GraphSnapshot"/>: one statement per label and per
/// relationship type, all in one request. Used when this process has no remembered snapshot of the last load.
/// </summary>
public static class GraphSnapshotReader
{
    /// <summary>Reads the snapshot inside <paramref name="transaction"/> (so it sees exactly what the sync will change).</summary>
    public static async Task<GraphSnapshot> ReadAsync(ICypherTransaction transaction, CancellationToken cancellationToken)
    {
        var labels = GraphSchema.Labels.Where(l => l != GraphSchema.Load).ToList();
        var statements = new List<CypherStatement>();
        // Nodes come back as their property maps in the HTTP API's row format (3.x to 5.x alike).
        foreach (var label in labels)
            statements.Add(new CypherStatement($"MATCH (n:{label}) WHERE {ContentOwnership.Predicate("n")} RETURN n") { IncludeStats = false });
        foreach (var type in GraphSchema.RelationshipTypes)
        {
            statements.Add(new CypherStatement(
                $"MATCH (a)-[r:{type}]->(b) WHERE {ContentOwnership.Predicate("r")} RETURN labels(a), a.id, labels(b), b.id, r") { IncludeStats = false });
        }
        var results = await transaction.RunAsync(statements, cancellationToken).ConfigureAwait(false);

        var snapshot = new GraphSnapshot();
        for (var i = 0; i < labels.Count; i++)
        {
            foreach (var row in results[i].Rows)
            {
                var properties = Map(row[0]);
                if (properties.GetValueOrDefault("id") is string id) snapshot.Nodes[new NodeKey(labels[i], id)] = properties;
            }
        }
        for (var i = 0; i < GraphSchema.RelationshipTypes.Count; i++)
        {
            foreach (var row in results[labels.Count + i].Rows)
            {
                if (SchemaLabel(row[0]) is not { } fromLabel || SchemaLabel(row[2]) is not { } toLabel) continue;
                if (row[1] is not string fromId || row[3] is not string toId) continue;
                var properties = Map(row[4]);
                var key = properties.GetValueOrDefault("key") as string ?? "";
                snapshot.Relationships[new RelationshipKey(GraphSchema.RelationshipTypes[i], new NodeKey(fromLabel, fromId), new NodeKey(toLabel, toId), key)] = properties;
            }
        }
        return snapshot;
    }

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static string? SchemaLabel(object? labels) =>
        labels is IEnumerable<object?> list ? list.OfType<string>().FirstOrDefault(GraphSchema.IsLabel) : null;
}
