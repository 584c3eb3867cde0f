namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Computes <see cref="StructuralHoles"/> and <see cref="BrokerageRoles"/> together from one pass over the triangles of a
/// graph: a triangle {u, v, w} is a tie among the neighbours of each corner (effective size), adds 1/deg(w) to the
/// shared-neighbour sum of edge (u, v) (constraint), and closes the pair {v, w} around broker u (brokerage). The open
/// pairs of each node are counted by group sizes, and the closed ones subtracted: no node pays for its neighbours' pairs.
/// </summary>
internal static class LocalStructure
{
    private const int Coordinator = 0, Itinerant = 1, Representative = 2, Gatekeeper = 3, Liaison = 4;

    /// <param name="graph">The graph.</param>
    /// <param name="groupOf">Each node's group (region) index, or -1 when it has none.</param>
    /// <param name="groupCount">Number of groups.</param>
    /// <param name="parallelism">Threads to use.</param>
    public static (StructuralHoles Holes, BrokerageRoles Roles) Compute(Adjacency graph, int[] groupOf, int groupCount, int parallelism)
    {
        var n = graph.NodeCount;
        var oriented = Triangles.Orient(graph);
        var triangles = new long[n];
        var shared = new double[oriented.EdgeCount];
        var closed = new long[5 * n];
        Triangles.ForEach(graph, oriented, (u, v, w, uv, vw, uw) =>
        {
            Interlocked.Increment(ref triangles[u]);
            Interlocked.Increment(ref triangles[v]);
            Interlocked.Increment(ref triangles[w]);
            AtomicAdd(ref shared[uv], 1.0 / graph.Degree(w));
            AtomicAdd(ref shared[vw], 1.0 / graph.Degree(u));
            AtomicAdd(ref shared[uw], 1.0 / graph.Degree(v));
            Close(closed, groupOf, u, v, w);
            Close(closed, groupOf, v, u, w);
            Close(closed, groupOf, w, u, v);
        }, parallelism);

        var effectiveSize = new double[n];
        var constraint = new double[n];
        for (var v = 0; v < n; v++)
        {
            var d = graph.Degree(v);
            effectiveSize[v] = d == 0 ? double.NaN : d - 2.0 * triangles[v] / d;
            constraint[v] = d == 0 ? double.NaN : 0.0;
        }
        for (var v = 0; v < n; v++)
        {
            for (var e = oriented.Offsets[v]; e < oriented.Offsets[v + 1]; e++)
            {
                var w = oriented.Targets[e];
                var s = 1.0 + shared[e];
                constraint[v] += s * s / ((double)graph.Degree(v) * graph.Degree(v));
                constraint[w] += s * s / ((double)graph.Degree(w) * graph.Degree(w));
            }
        }
        return (new StructuralHoles(effectiveSize, constraint), OpenPairs(graph, groupOf, groupCount, closed, parallelism));
    }

    /// <summary>Open pairs per role: all ordered neighbour pairs by group, minus the closed ones.</summary>
    private static BrokerageRoles OpenPairs(Adjacency graph, int[] groupOf, int groupCount, long[] closed, int parallelism)
    {
        var n = graph.NodeCount;
        var roles = new BrokerageRoles(new long[n], new long[n], new long[n], new long[n], new long[n]);
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, () => new long[Math.Max(1, groupCount)], (v, _, count) =>
        {
            var g = groupOf[v];
            if (g < 0) return count;
            long all = 0;
            foreach (var w in graph.Neighbours(v))
            {
                if (groupOf[w] < 0) continue;
                count[groupOf[w]]++;
                all++;
            }
            long sameSquares = 0, samePairs = 0;
            foreach (var w in graph.Neighbours(v))
            {
                var x = groupOf[w];
                if (x < 0 || x == g || count[x] == 0) continue;
                sameSquares += count[x] * count[x];
                samePairs += count[x] * (count[x] - 1);
                count[x] = 0; // each other group once
            }
            var own = count[g];
            var others = all - own;
            roles.Coordinator[v] = own * (own - 1) - closed[5 * v + Coordinator];
            roles.Itinerant[v] = samePairs - closed[5 * v + Itinerant];
            roles.Representative[v] = own * others - closed[5 * v + Representative];
            roles.Gatekeeper[v] = own * others - closed[5 * v + Gatekeeper];
            roles.Liaison[v] = others * others - sameSquares - closed[5 * v + Liaison];
            count[g] = 0;
            return count;
        }, _ => { });
        return roles;
    }

    /// <summary>Records that broker <paramref name="b"/>'s neighbours a and c are tied: both orders of the pair are closed.</summary>
    private static void Close(long[] closed, int[] groupOf, int b, int a, int c)
    {
        var (gb, ga, gc) = (groupOf[b], groupOf[a], groupOf[c]);
        if (gb < 0 || ga < 0 || gc < 0) return;
        var at = 5 * b;
        if (ga == gc) Interlocked.Add(ref closed[at + (ga == gb ? Coordinator : Itinerant)], 2);
        else if (ga == gb || gc == gb)
        {
            Interlocked.Increment(ref closed[at + Representative]);
            Interlocked.Increment(ref closed[at + Gatekeeper]);
        }
        else Interlocked.Add(ref closed[at + Liaison], 2);
    }

    private static void AtomicAdd(ref double target, double value)
    {
        var seen = Volatile.Read(ref target);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref target, seen + value, seen);
            if (found.Equals(seen)) return;
            seen = found;
        }
    }
}
