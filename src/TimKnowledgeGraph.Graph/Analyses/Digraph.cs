namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// A directed simple graph over nodes 0..n-1 (NetworkX's <c>nx.DiGraph</c> with self-loops removed): each node's
/// successors and predecessors, sorted; a repeated arc counts once, a self-loop not at all; a → b and b → a are two arcs.
/// </summary>
public sealed class Digraph
{
    private Digraph(Adjacency successors, Adjacency predecessors, Adjacency neighbours)
    {
        Out = successors;
        In = predecessors;
        Both = neighbours;
    }

    /// <summary>Successor lists (v → w).</summary>
    internal Adjacency Out { get; }

    /// <summary>Predecessor lists (w → v).</summary>
    internal Adjacency In { get; }

    /// <summary>The undirected neighbours (either direction): NetworkX's <c>nx.all_neighbors</c>, as a set.</summary>
    internal Adjacency Both { get; }

    public int NodeCount => Out.NodeCount;

    /// <summary>Arcs: NetworkX's <c>number_of_edges()</c> of the DiGraph.</summary>
    public long ArcCount { get; private init; }

    public int OutDegree(int node) => Out.Degree(node);

    public int InDegree(int node) => In.Degree(node);

    public ReadOnlySpan<int> Successors(int node) => Out.Neighbours(node);

    public ReadOnlySpan<int> Predecessors(int node) => In.Neighbours(node);

    /// <summary>Whether the arc <paramref name="from"/> → <paramref name="to"/> exists.</summary>
    public bool HasArc(int from, int to) => Successors(from).BinarySearch(to) >= 0;

    /// <summary>Builds the graph from arcs (sources[i] → targets[i]).</summary>
    public static Digraph FromArcs(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets)
    {
        var successors = Adjacency.OneWay(nodeCount, sources, targets);
        var predecessors = Adjacency.OneWay(nodeCount, targets, sources);
        long arcs = 0;
        for (var v = 0; v < nodeCount; v++) arcs += successors.Degree(v);
        return new Digraph(successors, predecessors, Adjacency.FromPairs(nodeCount, sources, targets)) { ArcCount = arcs };
    }
}
