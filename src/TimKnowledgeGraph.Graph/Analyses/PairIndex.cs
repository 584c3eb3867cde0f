namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Every undirected actor pair {x, y}, x &lt;&gt; y, tied in any layer of a projection, numbered once (sorted by their
/// smaller, then larger actor index), and for every TIE the number of its pair (-1 for a self-loop, which is no pair).
/// Built once per projection and cached with it; a period then marks the pairs active in each layer as bits, so tie
/// overlap is an AND and a popcount, and a pair's ties in several layers meet at one number.
/// </summary>
internal sealed class PairIndex
{
    private readonly long[] _keys;
    private readonly int _actorCount;

    private PairIndex(long[] keys, int[][] pairOfTie, int actorCount)
    {
        (_keys, PairOfTie, _actorCount) = (keys, pairOfTie, actorCount);
    }

    public int Count => _keys.Length;

    /// <summary>Per layer, per tie of the layer (in <see cref="TieList"/> order), its pair number or -1.</summary>
    public int[][] PairOfTie { get; }

    public (int Low, int High) Ends(int pair) => ((int)(_keys[pair] / _actorCount), (int)(_keys[pair] % _actorCount));

    public static PairIndex Build(MultiplexNetwork network)
    {
        var ties = network.Ties;
        long n = Math.Max(1, network.ActorCount);
        var all = new long[ties.Count];
        var count = 0;
        for (var l = 0; l < ties.LayerCount; l++)
        {
            var s = ties.Sources(l);
            var t = ties.Targets(l);
            for (var i = 0; i < s.Length; i++)
                if (s[i] != t[i]) all[count++] = Key(s[i], t[i], n);
        }
        var keys = all.AsSpan(0, count);
        keys.Sort();
        var unique = 0;
        for (var i = 0; i < keys.Length; i++)
            if (i == 0 || keys[i] != keys[i - 1]) keys[unique++] = keys[i];
        var sorted = keys[..unique].ToArray();
        var pairOfTie = new int[ties.LayerCount][];
        for (var l = 0; l < ties.LayerCount; l++)
        {
            var s = ties.Sources(l);
            var t = ties.Targets(l);
            var pairs = pairOfTie[l] = new int[s.Length];
            for (var i = 0; i < s.Length; i++)
                pairs[i] = s[i] == t[i] ? -1 : Array.BinarySearch(sorted, Key(s[i], t[i], n));
        }
        return new PairIndex(sorted, pairOfTie, (int)n);
    }

    private static long Key(int a, int b, long n) => a < b ? a * n + b : b * n + a;
}
