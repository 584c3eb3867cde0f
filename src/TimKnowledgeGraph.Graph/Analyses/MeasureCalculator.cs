using System.Diagnostics;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Computes every measure of a projected dataset, in memory, in parallel (the "compute" step of project–compute–write).
/// A layer declared directed, and the aggregate when any layer is (<see cref="MultiplexNetwork.IsAggregateDirected"/>),
/// is measured as a directed graph (<see cref="DirectedStructure"/>); the others as undirected graphs, as always.
/// </summary>
internal static class MeasureCalculator
{
    public static NetworkMeasures Compute(MultiplexNetwork network, MeasureOptions options)
    {
        var clock = Stopwatch.StartNew();
        var method = options.MethodFor(network.ActorCount);
        var layerCount = network.Layers.Count;
        // One entry per graph (the layers, then the aggregate): its directed form, or null when it is measured undirected.
        var directed = Enumerable.Range(0, layerCount).Select(l => network.IsDirected(l) ? network.DirectedLayer(l) : null)
            .Append(network.IsAggregateDirected ? network.DirectedAggregate() : null).ToList();
        var graphs = network.LayerGraphs.Append(network.Aggregate).ToList();
        var local = graphs.Select((g, i) => directed[i] is { } d
            ? DirectedStructure.Compute(d, network.RegionOf, options.Parallelism)
            : LocalStructure.Compute(g, network.RegionOf, network.Regions.Count, options.Parallelism)).ToList();
        var (multiplexDegree, participation) = Participation.Compute(network.ActorCount, network.LayerGraphs);
        var localSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var sources = method.Sampled ? Betweenness.DrawSourcesById(network.ActorIds, method.SampleSize, method.Seed) : null;
        var betweenness = graphs.Select((g, i) => (directed[i], sources) switch
        {
            ({ } d, null) => Betweenness.Exact(d, options.Parallelism),
            ({ } d, { } s) => Betweenness.Sampled(d, s, options.Parallelism),
            (null, null) => Betweenness.Exact(g, options.Parallelism),
            (null, { } s) => Betweenness.Sampled(g, s, options.Parallelism),
        }).ToList();
        var betweennessSeconds = clock.Elapsed.TotalSeconds;

        var measures = graphs.Select((g, i) => directed[i] is { } d
            ? Directed(d, betweenness[i], local[i])
            : new GraphMeasures(g.EdgeCount, [.. Enumerable.Range(0, g.NodeCount).Select(g.Degree)], betweenness[i], local[i].Holes, local[i].Roles)).ToList();
        return new NetworkMeasures(network, measures[^1], measures[..^1], multiplexDegree, participation, method,
            new MeasureTimings(localSeconds, betweennessSeconds));
    }

    private static GraphMeasures Directed(Digraph d, double[] betweenness, (StructuralHoles Holes, BrokerageRoles Roles) local)
    {
        var inDegree = Enumerable.Range(0, d.NodeCount).Select(d.InDegree).ToArray();
        var outDegree = Enumerable.Range(0, d.NodeCount).Select(d.OutDegree).ToArray();
        return new GraphMeasures(d.Both.EdgeCount, [.. inDegree.Zip(outDegree, (i, o) => i + o)], betweenness, local.Holes, local.Roles,
            Directed: true, inDegree, outDegree, d.ArcCount);
    }
}
