using System.ComponentModel.DataAnnotations;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Settings of the network measures (configuration section <c>Measures</c>). Betweenness is exact up to
/// <see cref="ExactBetweennessMaxActors"/> actors and estimated from <see cref="BetweennessSamples"/> sampled sources above
/// (Brandes &amp; Pich 2007): exact betweenness costs one breadth-first search per actor, O(n·m).
/// </summary>
public sealed class MeasureOptions
{
    public const string Section = "Measures";

    /// <summary>The largest dataset (actors) whose betweenness is computed exactly.</summary>
    [Range(0, int.MaxValue)]
    public int ExactBetweennessMaxActors { get; set; } = 5_000;

    /// <summary>Sources sampled above that size.</summary>
    [Range(2, int.MaxValue)]
    public int BetweennessSamples { get; set; } = 1_000;

    /// <summary>Seed of the source sample, so a rerun gives the same figures.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Threads used by the computation.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// The largest dataset (actors) whose measures are recomputed and written back by themselves after an import or a
    /// content load changed it (<see cref="MeasureRefresher"/>); larger ones are left without values until
    /// <c>timkg analyse</c>. 0 turns the refresh off.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int RefreshMaxActors { get; set; } = 20_000;

    /// <summary>
    /// Datasets of at least this many actors are projected in the background (<see cref="ProjectionWarmer"/>) at host
    /// start and after an import or load changed them, so the first request does not wait for the projection (about 10 s
    /// at 1M ties); smaller ones project in well under a second on first use. 0 turns the warm-up off.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int WarmMinActors { get; set; } = 10_000;

    /// <summary>At most this many datasets (the largest first) are kept warm; at most <see cref="MeasureService.CachedDatasets"/>.</summary>
    [Range(1, MeasureService.CachedDatasets)]
    public int WarmDatasets { get; set; } = 2;

    /// <summary>
    /// How often (seconds) the host checks whether a warm dataset changed (an import by <c>timkg import</c> in another
    /// process is seen this way) and projects it again; a check is one small query per dataset.
    /// </summary>
    [Range(1, 86_400)]
    public int WarmCheckSeconds { get; set; } = 30;

    /// <summary>The method for a graph of <paramref name="actors"/> nodes.</summary>
    public BetweennessMethod MethodFor(int actors) =>
        actors <= ExactBetweennessMaxActors || BetweennessSamples >= actors
            ? BetweennessMethod.Exact
            : new BetweennessMethod(true, Math.Max(2, BetweennessSamples), Seed);
}
