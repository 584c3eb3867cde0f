using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The answer of <c>GET /api/networks/{dataset}/measures</c>: which graph (a layer, or null for the aggregate), how
/// betweenness was computed ("exact" or "sampled, k = …"), the graph's size (its actors, and its tied pairs: the
/// undirected pairs joined by at least one tie, NetworkX's <c>number_of_edges</c> of the Graph; for a directed graph also
/// <c>arcs</c>, the DiGraph's <c>number_of_edges</c>, else null), the convention ("directed" or "undirected", as each record says too) and one record per actor
/// (<see cref="MeasureTable.Columns"/>; undefined values are null).
/// </summary>
internal sealed record MeasuresResponse(
    string Dataset,
    string? Layer,
    IReadOnlyList<string> Layers,
    string Betweenness,
    int Actors,
    long TiedPairs,
    long? Arcs,
    string Convention,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Records)
{
    public static MeasuresResponse From(NetworkMeasures measures, string? layer, GraphMeasures graph, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var network = measures.Network;
        var columns = MeasureTable.Columns;
        return new MeasuresResponse(network.DatasetId, layer, network.Layers, measures.Method.Label, network.ActorCount, graph.Ties,
            graph.Arcs, graph.Convention, columns,
            [.. rows.Select(r => (IReadOnlyDictionary<string, object?>)columns.Select((c, i) => (c, r[i])).ToDictionary(p => p.c, p => p.Item2))]);
    }
}
