using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Streams one dataset out of Neo4j into a <see cref="MultiplexNetwork"/> (the "project" step, as Neo4j's Graph Data
/// Science library projects a graph): its layers (the Networks the Dataset CONTAINS), every Actor whose <c>dataset</c> is
/// the dataset's id (an index seek; isolates included) with its region (LOCATED_IN), then the TIEs leaving those actors,
/// page by page. A tie counts in a layer when its <c>network</c> is that layer's id and its other end is an actor of the
/// dataset; other ties are ignored. Pages keep each response small (the HTTP API answers a statement in one piece).
/// </summary>
internal static class MultiplexProjection
{
    /// <summary>Actors per page: a page of ties is the ties of this many actors.</summary>
    public const int PageSize = 10_000;

    private const string LayersStatement =
        "MATCH (d:Dataset {id: $d}) OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network) RETURN n.id ORDER BY n.id";

    // The node-id condition after WITH: in one WHERE with the dataset, Neo4j 3.1 plans a NodeByLabelScan of every
    // Actor (EXPLAIN); apart, the index seek on Actor.dataset.
    internal static readonly string ActorsStatement =
        $"MATCH (a:Actor) WHERE a.{GraphSchema.DatasetProperty} = $d WITH a WHERE id(a) > $after " +
        "RETURN id(a), a.id, a.name, head([(a)-[:LOCATED_IN]->(r:Region) | r.id]) ORDER BY id(a) LIMIT $page";

    // A page is a list of the dataset's actors' node ids (read by the actor pass): a NodeByIdSeek, then their outgoing
    // ties. Checked with EXPLAIN on Neo4j 3.1: the earlier form, `MATCH (a:Actor) WHERE a.dataset = $d AND id(a) >= $from
    // AND id(a) <= $to`, was planned as a NodeByLabelScan of every Actor per page (80 s for 1M ties, 100k actors, with
    // 10 pages; docs/benchmarks.md). The far end is not labelled or checked here: the projection keeps only ties whose
    // far end is one of the dataset's actors, by node id. One row per (actor, layer) with the far ends' ids as a list:
    // a tenth of the rows and of the layer-id strings to send and parse that one row per tie would be.
    internal const string TiesStatement =
        "MATCH (a) WHERE id(a) IN $ids MATCH (a)-[t:TIE]->(b) RETURN id(a), t.network, collect(id(b))";

    /// <summary>Tie pages requested at once: Neo4j reads one while this process parses another (2 cores).</summary>
    private const int PagesInFlight = 2;

    /// <summary>The projection, or null when no Dataset has that id.</summary>
    public static async Task<MultiplexNetwork?> ReadAsync(ICypherClient client, string datasetId, CancellationToken cancellationToken)
    {
        var layerRows = (await client.RunAsync([Statement(LayersStatement, ("d", datasetId))], cancellationToken).ConfigureAwait(false))[0].Rows;
        if (layerRows.Count == 0) return null;
        var layers = layerRows.Select(r => r[0]).OfType<string>().ToList();
        var layerIndex = layers.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

        var nodeIds = new List<long>();
        var actorIds = new List<string>();
        var names = new List<string?>();
        var regionNames = new List<string?>();
        for (long after = -1; ;)
        {
            var rows = (await client.RunAsync([Statement(ActorsStatement, ("d", datasetId), ("after", after), ("page", (long)PageSize))], cancellationToken)
                .ConfigureAwait(false))[0].Rows;
            foreach (var row in rows)
            {
                nodeIds.Add((long)row[0]!);
                actorIds.Add(row[1] as string ?? "");
                names.Add(row[2] as string);
                regionNames.Add(row[3] as string);
            }
            if (rows.Count < PageSize) break;
            after = nodeIds[^1];
        }
        var indexOfNode = new Dictionary<long, int>(nodeIds.Count);
        for (var i = 0; i < nodeIds.Count; i++) indexOfNode[nodeIds[i]] = i;

        var ties = new TieList(layers.Count);
        var pages = new Queue<Task<CypherResult>>();
        for (var start = 0; start < nodeIds.Count || pages.Count > 0; start += PageSize)
        {
            if (start < nodeIds.Count)
            {
                var page = nodeIds.GetRange(start, Math.Min(PageSize, nodeIds.Count - start));
                pages.Enqueue(ReadPageAsync(client, page, cancellationToken));
                if (pages.Count < PagesInFlight && start + PageSize < nodeIds.Count) continue;
            }
            // Pages are added in the order they were asked for, so the projection does not depend on timing.
            foreach (var row in (await pages.Dequeue().ConfigureAwait(false)).Rows)
            {
                if (row[1] is not string layer || !layerIndex.TryGetValue(layer, out var l) || row[2] is not IEnumerable<object?> ends) continue;
                var source = indexOfNode[(long)row[0]!];
                foreach (var end in ends)
                    if (end is long other && indexOfNode.TryGetValue(other, out var target)) ties.Add(source, target, l);
            }
        }

        var regions = regionNames.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var regionIndex = regions.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var regionOf = regionNames.Select(r => r is null ? -1 : regionIndex[r]).ToArray();
        return MultiplexNetwork.Build(datasetId, actorIds, names, regionOf, regions, layers, ties);
    }

    private static async Task<CypherResult> ReadPageAsync(ICypherClient client, List<long> page, CancellationToken cancellationToken) =>
        (await client.RunAsync([Statement(TiesStatement, ("ids", page))], cancellationToken).ConfigureAwait(false))[0];

    private static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        CypherStatement.Of(text, parameters) with { IncludeStats = false };
}
