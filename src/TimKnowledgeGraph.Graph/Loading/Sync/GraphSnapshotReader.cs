using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// Reads the content-owned part of the graph back as a <see cref="GraphSnapshot"/>: one statement per label and one
/// for all relationships, in one request. Used when this process has no remembered snapshot of the last load.
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
        // One statement for every relationship type, anchored at content-owned start nodes: Neo4j 3.1 has no
        // relationship-type scan, so a statement per type would scan every node and expand every relationship
        // (a million imported ties) once per type. Content relationships always start at a content-owned node.
        statements.Add(new CypherStatement(
            $"MATCH (a) WHERE {ContentOwnership.Predicate("a")} MATCH (a)-[r]->(b) WHERE {ContentOwnership.Predicate("r")} " +
            "RETURN labels(a), a.id, labels(b), b.id, r, type(r)") { IncludeStats = false });
        var results = await transaction.RunAsync(statements, cancellationToken).ConfigureAwait(false);

        var snapshot = new GraphSnapshot();
        for (var i = 0; i < labels.Count; i++)
        {
            foreach (var row in results[i].Rows)
            {
                var properties = ContentOwnership.ContentProperties(Map(row[0]));
                if (properties.GetValueOrDefault("id") is string id) snapshot.Nodes[new NodeKey(labels[i], id)] = properties;
            }
        }
        foreach (var row in results[labels.Count].Rows)
        {
            if (row[5] is not string type || !GraphSchema.IsRelationshipType(type)) continue;
            if (SchemaLabel(row[0]) is not { } fromLabel || SchemaLabel(row[2]) is not { } toLabel) continue;
            if (row[1] is not string fromId || row[3] is not string toId) continue;
            var properties = Map(row[4]);
            var key = properties.GetValueOrDefault("key") as string ?? "";
            snapshot.Relationships[new RelationshipKey(type, new NodeKey(fromLabel, fromId), new NodeKey(toLabel, toId), key)] = properties;
        }
        return snapshot;
    }

    // The network measures written back on actors and participations are the analysis's, not the content's:
    // left out here, so the next load does not see them as drift.
    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value is IReadOnlyDictionary<string, object?> map
            ? map.Where(p => !MeasureProperties.All.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            : new Dictionary<string, object?>();

    private static string? SchemaLabel(object? labels) =>
        labels is IEnumerable<object?> list ? list.OfType<string>().FirstOrDefault(GraphSchema.IsLabel) : null;
}
