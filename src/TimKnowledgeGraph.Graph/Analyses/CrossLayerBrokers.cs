using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>One actor of <see cref="CrossLayerBrokers"/>: the columns of <c>cypher/brokers.cypher</c>, in its order.</summary>
public sealed record CrossLayerBrokerRow(
    string ActorId, string? ActorName, string? Kind, string? Region, long ClassCount,
    IReadOnlyList<string?> Classes, IReadOnlyList<string?> Bridges, long BrokeredPairs);

/// <summary>
/// Cross-layer brokers, a measure of our own (not a field-standard one), computed on the projection with the conventions
/// of <c>cypher/brokers.cypher</c>, whose header is the specification: a layer's class is its scale and nature
/// ("regional-social", or the nature alone without a scale); an actor's classes are those of the layers it has a tie in
/// (self-ties aside); its brokered pairs are the unordered pairs of its neighbours in different classes that are not tied
/// to each other in any layer of the dataset. Only ties active in the period count, for the actor's classes and for the
/// ties between its neighbours alike. The Cypher expands every neighbour's ties inside Neo4j 3.1 and took 124 s on a
/// panel of 3,000 actors and 150,000 ties; here each actor costs its neighbours' degrees, with the same counting:
/// cross-class pairs = n(n−1)/2 − Σ_c s_c(s_c−1)/2 (s_c: neighbours whose only class is c), less those tied.
/// </summary>
public static class CrossLayerBrokers
{
    /// <summary>The query whose columns, conventions and order the rows follow.</summary>
    public const string QueryName = "brokers";

    /// <summary>brokers.cypher's default least number of classes (its <c>$minClasses</c>, read from the query's header).</summary>
    public static int DefaultMinClasses { get; } =
        Convert.ToInt32(Query.DefaultParameters()["minClasses"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The columns of <c>brokers.cypher</c> (its <c>@returns</c>).</summary>
    public static IReadOnlyList<string> Columns => Query.Columns;

    private static NamedQuery Query => QueryCatalog.Embedded.Get(QueryName);

    /// <summary>The actors with ties in at least <paramref name="minClasses"/> classes in the period, in the query's order.</summary>
    public static IReadOnlyList<CrossLayerBrokerRow> Compute(MultiplexNetwork network, AnalysisPeriod period, int minClasses)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(period);
        var (classNames, classOfLayer) = Classes(network);
        var incidence = TieIncidence.Build(network, new PeriodRule(period, network.Time));
        var rank = OrdinalRanks(network.ActorIds);
        var rows = new CrossLayerBrokerRow?[network.ActorCount];
        Parallel.For(0, network.ActorCount, () => new Scratch(network.ActorCount, classNames.Count), (x, _, scratch) =>
        {
            rows[x] = Broker(network, incidence, classNames, classOfLayer, rank, minClasses, x, scratch);
            return scratch;
        }, _ => { });
        return
        [
            .. rows.OfType<CrossLayerBrokerRow>()
                .OrderByDescending(r => r.ClassCount).ThenByDescending(r => r.BrokeredPairs).ThenBy(r => r.ActorId, StringComparer.Ordinal),
        ];
    }

    /// <summary>The rows as <c>brokers.cypher</c> answers them, column by column (lists as lists, counts as 64-bit integers, the score as a pair).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> AsRecords(IReadOnlyList<CrossLayerBrokerRow> rows) =>
    [
        .. rows.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["actorId"] = r.ActorId, ["actorName"] = r.ActorName, ["kind"] = r.Kind, ["region"] = r.Region, ["classCount"] = r.ClassCount,
            ["classes"] = r.Classes.Cast<object?>().ToList(), ["bridges"] = r.Bridges.Cast<object?>().ToList(),
            ["brokeredPairs"] = r.BrokeredPairs, ["score"] = new List<object?> { r.ClassCount, r.BrokeredPairs },
        }),
    ];

    private static CrossLayerBrokerRow? Broker(
        MultiplexNetwork network, TieIncidence incidence, IReadOnlyList<string?> classNames, int[] classOfLayer, int[] rank,
        int minClasses, int x, Scratch scratch)
    {
        var stamp = x + 1;
        var neighbours = scratch.Neighbours;
        neighbours.Clear();
        Array.Clear(scratch.ClassSeen);
        var classCount = 0;
        // The actor's neighbours, each with its only class or Several (classes are those of the layers of its ties to x).
        for (var e = incidence.Start[x]; e < incidence.Start[x + 1]; e++)
        {
            var (y, c) = (incidence.Other[e], classOfLayer[incidence.Layer[e]]);
            if (y == x) continue;
            if (!scratch.ClassSeen[c]) { scratch.ClassSeen[c] = true; classCount++; }
            if (scratch.NeighbourOf[y] != stamp)
            {
                scratch.NeighbourOf[y] = stamp;
                scratch.OnlyClass[y] = c;
                neighbours.Add(y);
            }
            else if (scratch.OnlyClass[y] != c) scratch.OnlyClass[y] = Several;
        }
        if (classCount < minClasses) return null;

        long n = neighbours.Count;
        var singles = new long[classNames.Count];
        long tied = 0;
        foreach (var u in neighbours)
        {
            var uClass = scratch.OnlyClass[u];
            if (uClass != Several) singles[uClass]++;
            // Each tied pair once, at its end with the smaller id; a pair tied in several layers once.
            var seen = ++scratch.SeenStamp;
            for (var e = incidence.Start[u]; e < incidence.Start[u + 1]; e++)
            {
                var v = incidence.Other[e];
                if (scratch.NeighbourOf[v] != stamp || rank[u] >= rank[v] || scratch.SeenBy[v] == seen) continue;
                scratch.SeenBy[v] = seen;
                if (uClass == Several || scratch.OnlyClass[v] != uClass) tied++;
            }
        }
        var brokered = n * (n - 1) / 2 - singles.Sum(s => s * (s - 1) / 2) - tied;

        var classes = Enumerable.Range(0, classNames.Count).Where(c => scratch.ClassSeen[c]).Select(c => classNames[c]).ToList();
        var bridges = new List<string?>();
        for (var i = 0; i < classes.Count - 1; i++)
            for (var j = i + 1; j < classes.Count; j++)
                bridges.Add(classes[i] is null || classes[j] is null ? null : classes[i] + "|" + classes[j]);
        var region = network.RegionOf[x] >= 0 ? network.Regions[network.RegionOf[x]] : null;
        var kind = x < network.ActorKinds.Count ? network.ActorKinds[x] : null;
        return new CrossLayerBrokerRow(network.ActorIds[x], network.ActorNames[x], kind, region, classCount, classes, bridges, brokered);
    }

    private const int Several = -1;

    // The classes in the query's order (ORDER BY class: by text, a layer without a nature, whose class is null, last),
    // and each layer's class index.
    private static (IReadOnlyList<string?> Names, int[] OfLayer) Classes(MultiplexNetwork network)
    {
        var ofLayer = network.Layers.Select((id, l) =>
        {
            var info = l < network.LayerInfos.Count ? network.LayerInfos[l] : null;
            return info?.Nature is null ? null : (info.Scale is null ? "" : info.Scale + "-") + info.Nature;
        }).ToList();
        var names = ofLayer.Distinct().OrderBy(c => c is null).ThenBy(c => c, StringComparer.Ordinal).ToList();
        return (names, [.. ofLayer.Select(c => names.IndexOf(c))]);
    }

    // Each actor's place when the ids are compared as text (the query's u.id < v.id).
    private static int[] OrdinalRanks(IReadOnlyList<string> ids)
    {
        var order = Enumerable.Range(0, ids.Count).OrderBy(i => ids[i], StringComparer.Ordinal).ToArray();
        var rank = new int[ids.Count];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }

    /// <summary>A worker's arrays, marked with stamps so that no actor clears them.</summary>
    private sealed class Scratch(int actors, int classes)
    {
        public readonly int[] NeighbourOf = new int[actors];
        public readonly int[] OnlyClass = new int[actors];
        public readonly int[] SeenBy = new int[actors];
        public readonly bool[] ClassSeen = new bool[classes];
        public readonly List<int> Neighbours = [];
        public int SeenStamp;
    }
}
