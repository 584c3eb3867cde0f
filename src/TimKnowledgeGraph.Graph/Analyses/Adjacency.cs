namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// An undirected simple graph over nodes 0..n-1 in compressed sparse row form: every tie is stored at both ends,
/// neighbour lists are sorted, self-loops and repeated pairs are dropped (a pair is tied or not).
/// </summary>
public sealed class Adjacency
{
    private readonly int[] _offsets;
    private readonly int[] _neighbours;

    private Adjacency(int[] offsets, int[] neighbours)
    {
        _offsets = offsets;
        _neighbours = neighbours;
    }

    public int NodeCount => _offsets.Length - 1;

    /// <summary>Undirected edges (each pair once).</summary>
    public long EdgeCount => _neighbours.Length / 2;

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    public ReadOnlySpan<int> Neighbours(int node) => _neighbours.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>Builds the graph from pairs (sources[i], targets[i]); the direction of a pair is ignored.</summary>
    public static Adjacency FromPairs(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets)
    {
        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] == targets[i]) continue;
            offsets[sources[i] + 1]++;
            offsets[targets[i] + 1]++;
        }
        for (var v = 0; v < nodeCount; v++) offsets[v + 1] += offsets[v];
        var slots = new int[offsets[nodeCount]];
        var cursor = offsets[..nodeCount];
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] == targets[i]) continue;
            slots[cursor[sources[i]]++] = targets[i];
            slots[cursor[targets[i]]++] = sources[i];
        }
        return Compacted(nodeCount, offsets, slots);
    }

    /// <summary>
    /// One-way lists: node v's list holds the targets of its pairs (sources[i] = v) only, sorted, repeats and self-loops
    /// dropped. Not an undirected graph (<see cref="EdgeCount"/> does not apply): the out- or in-lists of a
    /// <see cref="Digraph"/>, which is the type to use.
    /// </summary>
    internal static Adjacency OneWay(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets)
    {
        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < sources.Length; i++)
            if (sources[i] != targets[i]) offsets[sources[i] + 1]++;
        for (var v = 0; v < nodeCount; v++) offsets[v + 1] += offsets[v];
        var slots = new int[offsets[nodeCount]];
        var cursor = offsets[..nodeCount];
        for (var i = 0; i < sources.Length; i++)
            if (sources[i] != targets[i]) slots[cursor[sources[i]]++] = targets[i];
        return Compacted(nodeCount, offsets, slots);
    }

    // Sorts each list and squeezes out repeats in place; the compacted lists move left, never right.
    private static Adjacency Compacted(int nodeCount, int[] offsets, int[] slots)
    {
        var write = 0;
        var start = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            var end = offsets[v + 1];
            var list = slots.AsSpan(start, end - start);
            list.Sort();
            offsets[v] = write;
            for (var i = 0; i < list.Length; i++)
                if (i == 0 || list[i] != list[i - 1]) slots[write++] = list[i];
            start = end;
        }
        offsets[nodeCount] = write;
        return new Adjacency(offsets, write == slots.Length ? slots : slots[..write]);
    }

    /// <summary>
    /// The same graph with node v renamed <paramref name="newOf"/>[v] (a permutation). Used to put the nodes most
    /// often reached (high degree) next to each other in memory before many breadth-first searches.
    /// </summary>
    public Adjacency Relabelled(int[] newOf)
    {
        var n = NodeCount;
        var oldOf = new int[n];
        for (var v = 0; v < n; v++) oldOf[newOf[v]] = v;
        var offsets = new int[n + 1];
        for (var u = 0; u < n; u++) offsets[u + 1] = offsets[u] + Degree(oldOf[u]);
        var neighbours = new int[_neighbours.Length];
        for (var u = 0; u < n; u++)
        {
            var list = neighbours.AsSpan(offsets[u], offsets[u + 1] - offsets[u]);
            var old = Neighbours(oldOf[u]);
            for (var i = 0; i < old.Length; i++) list[i] = newOf[old[i]];
            list.Sort();
        }
        return new Adjacency(offsets, neighbours);
    }

    /// <summary>The union of several graphs over the same nodes (the aggregate of a multiplex network).</summary>
    public static Adjacency Union(int nodeCount, IReadOnlyList<Adjacency> graphs)
    {
        var total = graphs.Sum(g => g._neighbours.Length);
        var sources = new int[total];
        var targets = new int[total];
        var i = 0;
        foreach (var graph in graphs)
        {
            for (var v = 0; v < nodeCount; v++)
            {
                foreach (var w in graph.Neighbours(v))
                {
                    sources[i] = v;
                    targets[i++] = w;
                }
            }
        }
        return FromPairs(nodeCount, sources, targets);
    }
}
