namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Betweenness centrality (Freeman 1977) of an undirected unweighted graph by Brandes' (2001) algorithm, normalised
/// as NetworkX's <c>betweenness_centrality(G, normalized=True, endpoints=False)</c>: the sum over ordered pairs (s, t)
/// of the share of shortest s–t paths through v, divided by (n−1)(n−2); the same as 2/((n−1)(n−2)) times the sum over
/// unordered pairs. With sampled sources (Brandes &amp; Pich 2007) the sum runs over k sources only and is scaled as
/// NetworkX 3.6 scales <c>betweenness_centrality(G, k=k)</c>: by 1/(k(n−2)) for a node that was not a source and
/// 1/((k−1)(n−2)) for one that was (a source is never its own path's inner node).
/// </summary>
public static class Betweenness
{
    /// <summary>Exact betweenness: every node is a source.</summary>
    public static double[] Exact(Adjacency graph, int parallelism) =>
        FromSources(graph, graph, [.. Enumerable.Range(0, graph.NodeCount)], sampled: false, parallelism);

    /// <summary>Betweenness estimated from <paramref name="sources"/> (distinct nodes, at least two).</summary>
    public static double[] Sampled(Adjacency graph, int[] sources, int parallelism) =>
        FromSources(graph, graph, sources, sampled: true, parallelism);

    /// <summary>
    /// Exact betweenness of a directed graph, as NetworkX's <c>betweenness_centrality</c> on a DiGraph: shortest paths
    /// follow arcs, the sum over ordered pairs (s, t) is divided by (n−1)(n−2) (no halving: (s, t) and (t, s) are
    /// different paths).
    /// </summary>
    public static double[] Exact(Digraph graph, int parallelism) =>
        FromSources(graph.Out, graph.In, [.. Enumerable.Range(0, graph.NodeCount)], sampled: false, parallelism);

    /// <summary>Directed betweenness estimated from <paramref name="sources"/>, scaled as NetworkX 3.6 scales it for a DiGraph (the same factors).</summary>
    public static double[] Sampled(Digraph graph, int[] sources, int parallelism) =>
        FromSources(graph.Out, graph.In, sources, sampled: true, parallelism);

    /// <summary>
    /// <paramref name="k"/> distinct actors drawn as <see cref="DrawSources(int, int, int)"/> draws them from the actors
    /// sorted by id, returned as indexes into <paramref name="actorIds"/>: the sample depends on the data, not on the
    /// order the store keeps it in (node ids), so a dataset imported again, or elsewhere, gets the same figures.
    /// </summary>
    public static int[] DrawSourcesById(IReadOnlyList<string> actorIds, int k, int seed)
    {
        var byId = Enumerable.Range(0, actorIds.Count).OrderBy(i => actorIds[i], StringComparer.Ordinal).ToArray();
        return [.. DrawSources(actorIds.Count, k, seed).Select(position => byId[position])];
    }

    /// <summary><paramref name="k"/> distinct nodes drawn uniformly with a seeded generator (reproducible).</summary>
    public static int[] DrawSources(int nodeCount, int k, int seed)
    {
        var nodes = Enumerable.Range(0, nodeCount).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, nodeCount);
            (nodes[i], nodes[j]) = (nodes[j], nodes[i]);
        }
        return nodes[..k];
    }

    // forward: the lists searched from a source; backward: the lists holding each node's predecessors on a path (the
    // same lists for an undirected graph, the in-lists for a directed one).
    private static double[] FromSources(Adjacency original, Adjacency backward, int[] sources, bool sampled, int parallelism)
    {
        // Nodes renumbered by degree, highest first: the searches touch hubs' entries most, and packed together they
        // stay in the processor's caches (measured on the 1M-tie benchmark network, docs/benchmarks.md). The sums are
        // the same up to floating-point summation order; the result is mapped back to the original numbering.
        var n = original.NodeCount;
        var newOf = DegreeOrder(original);
        var graph = original.Relabelled(newOf);
        var reverse = ReferenceEquals(original, backward) ? graph : backward.Relabelled(newOf);
        var renamedSources = sources.Select(s => newOf[s]).ToArray();
        var renamed = Accumulate(graph, reverse, renamedSources, parallelism);
        var total = new double[n];
        for (var v = 0; v < n; v++) total[v] = renamed[newOf[v]];
        Rescale(total, n, sampled ? sources : null);
        return total;
    }

    private static int[] DegreeOrder(Adjacency graph)
    {
        var byDegree = Enumerable.Range(0, graph.NodeCount).OrderByDescending(graph.Degree).ThenBy(v => v).ToArray();
        var newOf = new int[byDegree.Length];
        for (var rank = 0; rank < byDegree.Length; rank++) newOf[byDegree[rank]] = rank;
        return newOf;
    }

    private static double[] Accumulate(Adjacency graph, Adjacency reverse, int[] sources, int parallelism)
    {
        var n = graph.NodeCount;
        var total = new double[n];
        var gate = new object();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, sources.Length, Math.Max(1, sources.Length / (parallelism * 8))),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => new SingleSource(n),
            (range, _, work) =>
            {
                for (var i = range.Item1; i < range.Item2; i++) work.Accumulate(graph, reverse, sources[i]);
                return work;
            },
            work =>
            {
                lock (gate)
                    for (var v = 0; v < n; v++) total[v] += work.Sum[v];
            });
        return total;
    }

    private static void Rescale(double[] betweenness, int n, int[]? sources)
    {
        var N = n - 1;
        if (N < 2) return; // no pair can have an inner node: all zero
        if (sources is null)
        {
            var scale = 1.0 / ((double)N * (N - 1));
            for (var v = 0; v < n; v++) betweenness[v] *= scale;
            return;
        }
        var k = sources.Length;
        var nonSource = 1.0 / ((double)k * (N - 1));
        var source = k > 1 ? 1.0 / ((double)(k - 1) * (N - 1)) : double.NaN;
        var isSource = new bool[n];
        foreach (var s in sources) isSource[s] = true;
        for (var v = 0; v < n; v++) betweenness[v] *= isSource[v] ? source : nonSource;
    }

    /// <summary>One thread's buffers: a breadth-first search from a source and the dependency accumulation.</summary>
    private sealed class SingleSource(int n)
    {
        private readonly int[] _distance = Enumerable.Repeat(-1, n).ToArray();
        private readonly double[] _paths = new double[n];
        private readonly double[] _dependency = new double[n];
        private readonly int[] _order = new int[n];

        public double[] Sum { get; } = new double[n];

        public void Accumulate(Adjacency graph, Adjacency reverse, int source)
        {
            var (distance, paths, dependency, order) = (_distance, _paths, _dependency, _order);
            var head = 0;
            var tail = 0;
            order[tail++] = source;
            distance[source] = 0;
            paths[source] = 1;
            while (head < tail)
            {
                var v = order[head++];
                var next = distance[v] + 1;
                foreach (var w in graph.Neighbours(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = next;
                        order[tail++] = w;
                    }
                    if (distance[w] == next) paths[w] += paths[v];
                }
            }
            // Back from the farthest: a node's predecessors on shortest paths are its neighbours (in-neighbours, when
            // directed) one step nearer.
            // (Directed: an unreached in-neighbour of the source has distance −1, the source's "previous", but no paths,
            // so it receives 0.)
            for (var i = tail - 1; i >= 0; i--)
            {
                var w = order[i];
                var below = (1.0 + dependency[w]) / paths[w];
                var previous = distance[w] - 1;
                foreach (var v in reverse.Neighbours(w))
                    if (distance[v] == previous) dependency[v] += paths[v] * below;
                if (w != source) Sum[w] += dependency[w];
            }
            for (var i = 0; i < tail; i++)
            {
                var v = order[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
    }
}
