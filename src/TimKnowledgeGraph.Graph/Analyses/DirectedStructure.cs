namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Burt's structural holes and the Gould–Fernandez roles of a directed graph (<see cref="Digraph"/>).
/// <para>
/// Structural holes as NetworkX 3.6 computes them on a DiGraph with <c>weight=None</c> (Burt 1992's general form, not
/// Borgatti's undirected shortcut): a node's contacts N(i) are its neighbours in either direction; the mutual weight
/// m_ij = a_ij + a_ji (1, or 2 for a reciprocated tie); p_ij = m_ij / Σ_{k∈N(i)} m_ik; effective size
/// = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq · m_jq / max_k m_jk); constraint = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq · p_qj)².
/// Both are NaN for a node without contacts. An actor with incoming ties only has contacts: this is the value NetworkX
/// gives through its SciPy code path (the default where SciPy is installed); its pure-Python fallback tests the
/// successors only and gives NaN there (docs/network-measures.md).
/// </para>
/// <para>
/// Brokerage as R's <c>sna::brokerage</c> counts it on directed data: for broker b, the ordered pairs (a, c) with
/// a → b → c, a ≠ c and no arc a → c, by the groups (regions) of a, b and c (<see cref="BrokerageRoles"/>); a pair
/// counts only when all three have a group.
/// </para>
/// </summary>
internal static class DirectedStructure
{
    public static (StructuralHoles Holes, BrokerageRoles Roles) Compute(Digraph graph, int[] groupOf, int parallelism)
    {
        var n = graph.NodeCount;
        var (offsets, weight) = MutualWeights(graph);
        var sum = new double[n];
        var max = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                sum[v] += weight[e];
                max[v] = Math.Max(max[v], weight[e]);
            }
        }

        var effectiveSize = new double[n];
        var constraint = new double[n];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, n, options, () => new Scratch(n), (ego, _, scratch) =>
        {
            var contacts = graph.Both.Neighbours(ego);
            if (contacts.Length == 0)
            {
                effectiveSize[ego] = constraint[ego] = double.NaN;
                return scratch;
            }
            // mark[j] = ego + 1 for j ∈ N(ego); share[j] = p_ego,j; indirect[j] = Σ_q p_ego,q · p_qj; redundant = Σ_j Σ_q p_ego,q · m_jq / max_j.
            var (mark, share, indirect) = (scratch.Mark, scratch.Share, scratch.Indirect);
            for (var k = 0; k < contacts.Length; k++)
            {
                mark[contacts[k]] = ego + 1;
                share[contacts[k]] = weight[offsets[ego] + k] / sum[ego];
                indirect[contacts[k]] = 0;
            }
            var redundant = 0.0;
            foreach (var q in contacts)
            {
                var q0 = offsets[q];
                var theirs = graph.Both.Neighbours(q);
                for (var k = 0; k < theirs.Length; k++)
                {
                    var j = theirs[k];
                    if (mark[j] != ego + 1) continue;
                    redundant += share[q] * weight[q0 + k] / max[j];
                    indirect[j] += share[q] * weight[q0 + k] / sum[q];
                }
            }
            var c = 0.0;
            foreach (var j in contacts) c += (share[j] + indirect[j]) * (share[j] + indirect[j]);
            effectiveSize[ego] = contacts.Length - redundant;
            constraint[ego] = c;
            return scratch;
        }, _ => { });

        return (new StructuralHoles(effectiveSize, constraint), Brokerage(graph, groupOf, options));
    }

    // The mutual weight of each entry of the undirected neighbour lists (graph.Both), aligned with them: 1 + [reciprocated].
    private static (int[] Offsets, double[] Weight) MutualWeights(Digraph graph)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++) offsets[v + 1] = offsets[v] + graph.Both.Degree(v);
        var weight = new double[offsets[n]];
        for (var v = 0; v < n; v++)
        {
            var all = graph.Both.Neighbours(v);
            var outs = graph.Successors(v);
            var ins = graph.Predecessors(v);
            int o = 0, i = 0;
            for (var k = 0; k < all.Length; k++)
            {
                // All three lists are sorted and every entry of outs and ins is in all: a merge.
                var w = 0.0;
                if (o < outs.Length && outs[o] == all[k]) { w++; o++; }
                if (i < ins.Length && ins[i] == all[k]) { w++; i++; }
                weight[offsets[v] + k] = w;
            }
        }
        return (offsets, weight);
    }

    private static BrokerageRoles Brokerage(Digraph graph, int[] groupOf, ParallelOptions options)
    {
        var n = graph.NodeCount;
        var roles = new BrokerageRoles(new long[n], new long[n], new long[n], new long[n], new long[n]);
        Parallel.For(0, n, options, () => new int[n], (b, _, mark) =>
        {
            var gb = groupOf[b];
            if (gb < 0) return mark;
            // The successors c of b that have a group, counted by group (in b's own group, and in all).
            var outs = graph.Successors(b);
            long outAll = 0, outOwn = 0;
            var outIn = new Dictionary<int, long>();
            foreach (var c in outs)
            {
                mark[c] = b + 1;
                var gc = groupOf[c];
                if (gc < 0) continue;
                outAll++;
                if (gc == gb) outOwn++;
                outIn[gc] = outIn.GetValueOrDefault(gc) + 1;
            }
            foreach (var a in graph.Predecessors(b))
            {
                var ga = groupOf[a];
                if (ga < 0) continue;
                // The successors of b that a does not reach: all of them, less a itself and those a already has an arc to.
                long closedAll = 0, closedOwn = 0, closedA = 0;
                void Close(int c)
                {
                    var gc = groupOf[c];
                    if (gc < 0) return;
                    closedAll++;
                    if (gc == gb) closedOwn++;
                    if (gc == ga) closedA++;
                }
                if (mark[a] == b + 1) Close(a);
                foreach (var c in graph.Successors(a))
                    if (c != b && mark[c] == b + 1) Close(c);
                var open = outAll - closedAll;
                var openOwn = outOwn - closedOwn;
                var openA = outIn.GetValueOrDefault(ga) - closedA;
                if (ga == gb)
                {
                    roles.Coordinator[b] += openOwn;           // a, b, c in one group
                    roles.Representative[b] += open - openOwn; // b in a's group, c outside: b_IO
                }
                else
                {
                    roles.Itinerant[b] += openA;                 // a and c in one group, b outside
                    roles.Gatekeeper[b] += openOwn;              // b in c's group, a outside: b_OI
                    roles.Liaison[b] += open - openA - openOwn;  // three groups
                }
            }
            foreach (var c in outs) mark[c] = 0;
            return mark;
        }, _ => { });
        return roles;
    }

    /// <summary>One thread's per-node arrays for the structural holes of one ego at a time.</summary>
    private sealed class Scratch(int n)
    {
        public int[] Mark { get; } = new int[n];
        public double[] Share { get; } = new double[n];
        public double[] Indirect { get; } = new double[n];
    }
}
