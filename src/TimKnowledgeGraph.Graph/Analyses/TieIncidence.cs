namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Every tie active in a period at both its ends, across layers: the far end and the layer, in compressed rows by actor
/// (self-ties once at each end, so twice at their actor). Shared by <see cref="CrossLayerBrokers"/> and <see cref="MultiplexParticipation"/>.
/// </summary>
internal sealed class TieIncidence
{
    public required int[] Start { get; init; }

    public required int[] Other { get; init; }

    public required int[] Layer { get; init; }

    public static TieIncidence Build(MultiplexNetwork network, PeriodRule rule)
    {
        var ties = network.Ties;
        var n = network.ActorCount;
        var active = new bool[ties.LayerCount][];
        var start = new int[n + 1];
        for (var l = 0; l < ties.LayerCount; l++)
        {
            var s = ties.Sources(l);
            var t = ties.Targets(l);
            var w = ties.Waves(l);
            var f = ties.Froms(l);
            var to = ties.Tos(l);
            active[l] = new bool[s.Length];
            for (var i = 0; i < s.Length; i++)
            {
                if (ties.IsTimed && !rule.Active(w[i], f[i], to[i])) continue;
                active[l][i] = true;
                start[s[i] + 1]++;
                start[t[i] + 1]++;
            }
        }
        for (var a = 0; a < n; a++) start[a + 1] += start[a];

        var (other, layer, next) = (new int[start[n]], new int[start[n]], start[..n]);
        for (var l = 0; l < ties.LayerCount; l++)
        {
            var s = ties.Sources(l);
            var t = ties.Targets(l);
            for (var i = 0; i < s.Length; i++)
            {
                if (!active[l][i]) continue;
                (other[next[s[i]]], layer[next[s[i]]++]) = (t[i], l);
                (other[next[t[i]]], layer[next[t[i]]++]) = (s[i], l);
            }
        }
        return new TieIncidence { Start = start, Other = other, Layer = layer };
    }
}
