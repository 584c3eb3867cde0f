namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The measures as a table, one row per actor, for the API, the CLI and the page: sorted by betweenness (highest
/// first), then actor id. Undefined values (NaN) are null. Degree, betweenness, structural holes and brokerage are
/// those of the chosen graph (a layer, or the aggregate); multiplex degree and participation are across layers.
/// The last columns: in- and out-degree (null on an undirected graph) and the convention of the row's graph measures,
/// "directed" or "undirected" (a directed graph's degree is in + out, as NetworkX's DiGraph.degree).
/// </summary>
public static class MeasureTable
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "actorId", "actorName", "region", "regionName", "degree", "multiplexDegree", "participation", "betweenness", "effectiveSize", "constraint",
        "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerage", "inDegree", "outDegree", "convention",
    ];

    /// <summary>The rows for <paramref name="graph"/> (from <see cref="NetworkMeasures.For"/>), the first <paramref name="top"/> when given.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> Rows(NetworkMeasures measures, GraphMeasures graph, int? top = null)
    {
        var network = measures.Network;
        var order = Enumerable.Range(0, network.ActorCount)
            .OrderByDescending(i => graph.Betweenness[i])
            .ThenBy(i => network.ActorIds[i], StringComparer.Ordinal);
        var roles = graph.Roles;
        return [.. order.Take(top ?? int.MaxValue).Select(i => (IReadOnlyList<object?>)
        [
            network.ActorIds[i], network.ActorNames[i], network.RegionOf[i] < 0 ? null : network.Regions[network.RegionOf[i]], RegionName(network, i),
            (long)graph.Degree[i], (long)measures.MultiplexDegree[i], measures.Participation[i], Defined(graph.Betweenness[i]),
            Defined(graph.Holes.EffectiveSize[i]), Defined(graph.Holes.Constraint[i]),
            roles.Coordinator[i], roles.Itinerant[i], roles.Representative[i], roles.Gatekeeper[i], roles.Liaison[i], roles.Total(i),
            graph.InDegree is { } ins ? (long)ins[i] : null, graph.OutDegree is { } outs ? (long)outs[i] : null, graph.Convention,
        ])];
    }

    /// <summary>
    /// The name of actor <paramref name="actor"/>'s region as dataset.md declares it (its id when it declares none), or
    /// null for an actor without a region: the row's <c>region</c> is the id (for Cypher and joins), this the name a
    /// reader expects beside the actor's name (the page's Region column showed "sgio" for San Giovanni).
    /// </summary>
    public static string? RegionName(MultiplexNetwork network, int actor) =>
        network.RegionOf[actor] is var r && r < 0 ? null : network.RegionName(r);

    /// <summary>NaN (undefined) as null: JSON has no NaN, and Neo4j stores no null.</summary>
    public static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
