using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// Writes a <see cref="SyncPlan"/> inside a caller's transaction: delete stale relationships, delete stale nodes,
/// upsert nodes, upsert relationships — only what changed. Statements are packed several to a request, so a small
/// change is one round trip and the seed corpus a handful, instead of one request per label and type.
/// </summary>
public sealed class GraphSyncWriter
{
    /// <summary>A writer for callers that bring their own transaction (<see cref="WriteAsync"/>).</summary>
    public GraphSyncWriter()
    {
    }

    /// <summary>A writer that can also open its own transaction (<see cref="SyncAsync"/>).</summary>
    public GraphSyncWriter(ICypherClient client) => Client = client;

    /// <summary>The client <see cref="SyncAsync"/> uses, when one was given.</summary>
    public ICypherClient? Client { get; }

    /// <summary>Rows per statement and per request: large enough to amortise round trips, small enough to keep requests modest.</summary>
    public int RowsPerRequest { get; init; } = 10_000;

    /// <summary>
    /// Makes the graph's content part equal to <paramref name="nodes"/> and <paramref name="relationships"/> in ONE
    /// transaction: reads the content part back, then writes only the differences. No Load node is recorded
    /// (<see cref="ContentSyncService"/> does that); a failure rolls everything back.
    /// </summary>
    public async Task<SyncSummary> SyncAsync(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, CancellationToken cancellationToken)
    {
        var client = Client ?? throw new InvalidOperationException("This writer was created without a client; use WriteAsync with a transaction.");
        var transaction = await client.BeginTransactionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var disposeTransaction = transaction.ConfigureAwait(false);
        var baseline = await GraphSnapshotReader.ReadAsync(transaction, cancellationToken).ConfigureAwait(false);
        var plan = SyncPlan.Between(baseline, GraphSnapshot.FromContent(nodes, relationships));
        await WriteAsync(transaction, plan, [], null, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return plan.Summary;
    }

    /// <summary>Runs the plan's statements, then <paramref name="trailing"/> (the Load record), in <paramref name="transaction"/>.</summary>
    /// <param name="transaction">The load's one transaction; the caller commits or rolls it back.</param>
    /// <param name="plan">What to change.</param>
    /// <param name="trailing">Statements to run last, in the same transaction.</param>
    /// <param name="progress">Receives the number of plan rows written so far.</param>
    /// <param name="cancellationToken">Cancels between requests; the caller's rollback undoes what was sent.</param>
    public async Task WriteAsync(ICypherTransaction transaction, SyncPlan plan, IReadOnlyList<CypherStatement> trailing,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(plan);
        var request = new List<CypherStatement>();
        int pendingRows = 0, writtenRows = 0;
        foreach (var (statement, rows) in Statements(plan))
        {
            if (pendingRows + rows > RowsPerRequest && request.Count > 0)
            {
                await transaction.RunAsync(request, cancellationToken).ConfigureAwait(false);
                writtenRows += pendingRows;
                progress?.Report(writtenRows);
                request = [];
                pendingRows = 0;
            }
            request.Add(statement);
            pendingRows += rows;
        }
        request.AddRange(trailing);
        if (request.Count > 0) await transaction.RunAsync(request, cancellationToken).ConfigureAwait(false);
        progress?.Report(writtenRows + pendingRows);
    }

    /// <summary>The plan as statements with their row counts, in the order they must run.</summary>
    public IEnumerable<(CypherStatement Statement, int Rows)> Statements(SyncPlan plan)
    {
        // Rows are arrays, not maps: half the JSON, and nothing but values travels per row.
        // Labels on both ends everywhere: the unique-constraint index is used instead of a scan of all nodes.
        foreach (var group in plan.RelationshipsToDelete.GroupBy(k => (k.Type, From: k.From.Label, To: k.To.Label)))
        {
            var (type, from, to) = (Type(group.Key.Type), Label(group.Key.From), Label(group.Key.To));
            foreach (var batch in group.Select(k => (object?)new object?[] { k.From.Id, k.To.Id, k.Key }).Chunk(RowsPerRequest))
                yield return (Batch($"UNWIND $rows AS r MATCH (a:{from} {{id: r[0]}})-[x:{type} {{key: r[2]}}]->(b:{to} {{id: r[1]}}) DELETE x", batch), batch.Length);
        }
        foreach (var group in plan.NodesToDelete.GroupBy(k => k.Label))
        {
            var label = Label(group.Key);
            foreach (var batch in group.Select(k => (object?)k.Id).Chunk(RowsPerRequest))
            {
                // A node an import still uses (a shared Region or Concept) is not the content's to delete: the content
                // gives up only its own relationships and properties, and the imports keep the node (ContentOwnership).
                yield return (Batch(
                    $"UNWIND $rows AS id MATCH (n:{label} {{id: id}}) WHERE n.{Held} IS NOT NULL " +
                    $"OPTIONAL MATCH (n)-[x]-() WHERE {ContentOwnership.Predicate("x")} DELETE x " +
                    $"WITH DISTINCT n SET n = {{id: n.id, name: n.name, kind: n.kind, {Held}: n.{Held}}}", batch), batch.Length);
                yield return (Batch($"UNWIND $rows AS id MATCH (n:{label} {{id: id}}) WHERE n.{Held} IS NULL DETACH DELETE n", batch), 0);
            }
        }
        foreach (var group in plan.NodesToUpsert.GroupBy(p => p.Key.Label))
        {
            var label = Label(group.Key);
            foreach (var batch in group.Select(p => (object?)new object?[] { p.Key.Id, p.Value }).Chunk(RowsPerRequest))
                yield return (Batch($"UNWIND $rows AS r MERGE (n:{label} {{id: r[0]}}) WITH r, n, n.{Held} AS held SET n = r[1] SET n.{Held} = held", batch), batch.Length);
        }
        foreach (var group in plan.RelationshipsToUpsert.GroupBy(p => (p.Key.Type, From: p.Key.From.Label, To: p.Key.To.Label)))
        {
            var (type, from, to) = (Type(group.Key.Type), Label(group.Key.From), Label(group.Key.To));
            foreach (var batch in group.Select(p => (object?)new object?[] { p.Key.From.Id, p.Key.To.Id, p.Key.Key, p.Value }).Chunk(RowsPerRequest))
            {
                yield return (Batch(
                    $"UNWIND $rows AS r MATCH (a:{from} {{id: r[0]}}) MATCH (b:{to} {{id: r[1]}}) MERGE (a)-[x:{type} {{key: r[2]}}]->(b) SET x = r[3]",
                    batch), batch.Length);
            }
        }
    }

    // The imports' references on a shared node: kept when the content rewrites the node (ContentOwnership).
    private const string Held = ContentOwnership.ImportedByProperty;

    private static CypherStatement Batch(string text, object?[] rows) => CypherStatement.Of(text, ("rows", rows));

    // Labels and types are spliced into Cypher (it has no parameters for them): only the schema's own may pass.
    private static string Label(string label) =>
        GraphSchema.IsLabel(label) ? label : throw new ArgumentException($"'{label}' is not a label of the graph schema");

    private static string Type(string type) =>
        GraphSchema.IsRelationshipType(type) ? type : throw new ArgumentException($"'{type}' is not a relationship type of the graph schema");
}
