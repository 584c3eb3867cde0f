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

    /// <summary>The method for a graph of <paramref name="actors"/> nodes.</summary>
    public BetweennessMethod MethodFor(int actors) =>
        actors <= ExactBetweennessMaxActors || BetweennessSamples >= actors
            ? BetweennessMethod.Exact
            : new BetweennessMethod(true, Math.Max(2, BetweennessSamples), Seed);
}
