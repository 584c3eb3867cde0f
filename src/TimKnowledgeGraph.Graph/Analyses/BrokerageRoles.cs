namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Gould &amp; Fernandez (1989) brokerage roles per node, counted as R's <c>sna::brokerage</c> counts them: the number of
/// ordered pairs (a, c) of distinct other nodes with a → ego → c and no a → c, by the groups of a, ego and c:
/// coordinator (all three in one group, w_I), itinerant or consultant (a and c in one group, ego in another, w_O),
/// representative (ego in a's group, c in another, b_IO), gatekeeper (ego in c's group, a in another, b_OI), liaison
/// (all three in different groups, b_O). Here ties are undirected, so each tie is two arcs (sna on symmetric data): an
/// open pair {a, c} counts twice, once per order, and representative and gatekeeper counts are equal. A pair counts
/// only when a, ego and c all have a group (region).
/// </summary>
public sealed record BrokerageRoles(long[] Coordinator, long[] Itinerant, long[] Representative, long[] Gatekeeper, long[] Liaison)
{
    /// <summary>All brokered ordered pairs of <paramref name="node"/> whose three ends have a group.</summary>
    public long Total(int node) =>
        Coordinator[node] + Itinerant[node] + Representative[node] + Gatekeeper[node] + Liaison[node];
}
