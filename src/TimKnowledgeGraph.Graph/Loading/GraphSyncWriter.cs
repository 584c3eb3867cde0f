using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// Makes the graph's content part equal to a given set of nodes and relationships, in ONE transaction:
/// upsert every node and relationship by identity, then delete what content no longer contains.
/// Content-owned elements are recognised by their <c>sourceFile</c> property; anything else in the database is left alone.
/// A failure rolls the whole transaction back, so the graph is either the old one or the new one.
/// </summary>
public sealed class GraphSyncWriter(ICypherClient client)
{
    /// <summary>Rows per UNWIND statement: large enough to amortise round trips, small enough to keep requests modest.</summary>
    private const int BatchSize = 5_000;

    public async Task SyncAsync(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, CancellationToken cancellationToken)
    {
        await using var tx = await client.BeginTransactionAsync(cancellationToken: cancellationToken);
        foreach (var statement in UpsertNodes(nodes).Concat(UpsertRelationships(relationships)).Concat(DeleteStale(nodes, relationships)))
            await tx.RunAsync([statement], cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private static IEnumerable<CypherStatement> UpsertNodes(IReadOnlyList<GraphNode> nodes)
    {
        foreach (var group in nodes.GroupBy(n => n.Label))
        {
            var label = CheckedLabel(group.Key);
            var rows = group.Select(n => (object?)new Dictionary<string, object?>
            {
                ["id"] = n.Id,
                ["props"] = WithIdentity(n.Properties, ("id", n.Id)),
            });
            foreach (var batch in rows.Chunk(BatchSize))
                yield return CypherStatement.Of($"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n = r.props", ("rows", batch));
        }
    }

    private static IEnumerable<CypherStatement> UpsertRelationships(IReadOnlyList<GraphRelationship> relationships)
    {
        foreach (var group in relationships.GroupBy(r => (r.Type, From: r.From.Label, To: r.To.Label)))
        {
            var (type, from, to) = (CheckedType(group.Key.Type), CheckedLabel(group.Key.From), CheckedLabel(group.Key.To));
            var rows = group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["from"] = r.From.Id,
                ["to"] = r.To.Id,
                ["key"] = r.Key,
                ["props"] = WithIdentity(r.Properties, ("key", r.Key)),
            });
            // Labels on both ends let Neo4j use the unique-constraint index; without them it scans all nodes per row.
            foreach (var batch in rows.Chunk(BatchSize))
                yield return CypherStatement.Of(
                    $"UNWIND $rows AS r MATCH (a:{from} {{id: r.from}}) MATCH (b:{to} {{id: r.to}}) " +
                    $"MERGE (a)-[x:{type} {{key: r.key}}]->(b) SET x = r.props",
                    ("rows", batch));
        }
    }

    private static IEnumerable<CypherStatement> DeleteStale(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        foreach (var type in GraphSchema.RelationshipTypes)
        {
            var keys = relationships.Where(r => r.Type == type).Select(r => $"{r.From.Id}|{r.To.Id}|{r.Key}").ToList();
            yield return CypherStatement.Of(
                $"MATCH (a)-[x:{type}]->(b) WHERE x.sourceFile IS NOT NULL AND NOT (a.id + '|' + b.id + '|' + x.key) IN $keys DELETE x",
                ("keys", keys));
        }
        foreach (var label in GraphSchema.Labels.Where(l => l != GraphSchema.Load))
        {
            var ids = nodes.Where(n => n.Label == label).Select(n => n.Id).ToList();
            yield return CypherStatement.Of(
                $"MATCH (n:{label}) WHERE n.sourceFile IS NOT NULL AND NOT n.id IN $ids DETACH DELETE n",
                ("ids", ids));
        }
    }

    private static Dictionary<string, object?> WithIdentity(IReadOnlyDictionary<string, object?> properties, (string Name, object? Value) identity)
    {
        var props = new Dictionary<string, object?>(properties, StringComparer.Ordinal) { [identity.Name] = identity.Value };
        return props;
    }

    private static string CheckedLabel(string label) =>
        GraphSchema.IsLabel(label) ? label : throw new ArgumentException($"'{label}' is not a label of the graph schema");

    private static string CheckedType(string type) =>
        GraphSchema.IsRelationshipType(type) ? type : throw new ArgumentException($"'{type}' is not a relationship type of the graph schema");
}
