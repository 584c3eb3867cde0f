namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Lists every triangle of a graph once, in parallel, by the forward algorithm (Schank &amp; Wagner 2005): each edge is
/// oriented from the end of lower (degree, index) rank to the higher, and a triangle is found at its lowest-ranked
/// corner. The work is O(m^1.5) whatever the hubs, where checking every pair of a hub's neighbours would be O(d²).
/// </summary>
internal static class Triangles
{
    /// <summary>
    /// Calls <paramref name="visit"/>(u, v, w, euv, evw, euw) for every triangle, where e.. are ids of its three
    /// undirected edges in 0..m-1 (the same pair always gets the same id). Called from several threads at once.
    /// </summary>
    public delegate void Visitor(int u, int v, int w, int edgeUv, int edgeVw, int edgeUw);

    /// <summary>The edge ids: for each node, its forward (higher-ranked) neighbours and the id of each of those edges.</summary>
    public sealed record Oriented(int[] Offsets, int[] Targets)
    {
        public int EdgeCount => Targets.Length;
    }

    public static Oriented Orient(Adjacency graph)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            var forward = 0;
            foreach (var w in graph.Neighbours(v)) if (Before(graph, v, w)) forward++;
            offsets[v + 1] = offsets[v] + forward;
        }
        var targets = new int[offsets[n]];
        Parallel.For(0, n, v =>
        {
            var i = offsets[v];
            foreach (var w in graph.Neighbours(v)) if (Before(graph, v, w)) targets[i++] = w;
        });
        return new Oriented(offsets, targets);
    }

    /// <summary>Visits every triangle of <paramref name="graph"/> (oriented as <paramref name="oriented"/>).</summary>
    public static void ForEach(Adjacency graph, Oriented oriented, Visitor visit, int parallelism)
    {
        var n = graph.NodeCount;
        var (offsets, targets) = (oriented.Offsets, oriented.Targets);
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, () => new int[n], (u, _, mark) =>
        {
            // mark[w] = 1 + id of edge (u, w) for u's forward neighbours w.
            for (var i = offsets[u]; i < offsets[u + 1]; i++) mark[targets[i]] = i + 1;
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                var v = targets[i];
                for (var j = offsets[v]; j < offsets[v + 1]; j++)
                {
                    var w = targets[j];
                    if (mark[w] != 0) visit(u, v, w, i, j, mark[w] - 1);
                }
            }
            for (var i = offsets[u]; i < offsets[u + 1]; i++) mark[targets[i]] = 0;
            return mark;
        }, _ => { });
    }

    /// <summary>Whether edge (v, w) is oriented v → w: v has the lower degree, or the same degree and the lower index.</summary>
    private static bool Before(Adjacency graph, int v, int w)
    {
        var (dv, dw) = (graph.Degree(v), graph.Degree(w));
        return dv < dw || (dv == dw && v < w);
    }
}
