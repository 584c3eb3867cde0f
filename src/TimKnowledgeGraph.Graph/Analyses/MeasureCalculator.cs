using System.Diagnostics;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>Computes every measure of a projected dataset, in memory, in parallel (the "compute" step of project–compute–write).</summary>
internal static class MeasureCalculator
{
    public static NetworkMeasures Compute(MultiplexNetwork network, MeasureOptions options)
    {
        var clock = Stopwatch.StartNew();
        var method = options.MethodFor(network.ActorCount);
        var graphs = network.LayerGraphs.Append(network.Aggregate).ToList();
        var local = graphs.Select(g => LocalStructure.Compute(g, network.RegionOf, network.Regions.Count, options.Parallelism)).ToList();
        var (multiplexDegree, participation) = Participation.Compute(network.ActorCount, network.LayerGraphs);
        var localSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var sources = method.Sampled ? Betweenness.DrawSourcesById(network.ActorIds, method.SampleSize, method.Seed) : null;
        var betweenness = graphs.Select(g => sources is null
            ? Betweenness.Exact(g, options.Parallelism)
            : Betweenness.Sampled(g, sources, options.Parallelism)).ToList();
        var betweennessSeconds = clock.Elapsed.TotalSeconds;

        var measures = graphs.Select((g, i) => new GraphMeasures(g.EdgeCount,
            [.. Enumerable.Range(0, g.NodeCount).Select(g.Degree)], betweenness[i], local[i].Holes, local[i].Roles)).ToList();
        return new NetworkMeasures(network, measures[^1], measures[..^1], multiplexDegree, participation, method,
            new MeasureTimings(localSeconds, betweennessSeconds));
    }
}
