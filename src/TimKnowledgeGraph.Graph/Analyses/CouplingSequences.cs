namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Coupling sequences (TimKnowledgeGraph's own measure), computed on the projection with the conventions of
/// cypher/coupling-sequences.cypher and coupling-pairs.cypher (their headers are the specification; ordering is not
/// causation, ties older than the data are left-censored): for every actor pair tied in two layers, the start of its
/// tie in each (the smallest wave index when every TIE there has a wave, else the earliest validFrom when every one has
/// a date, else unknown) and which came first.
/// </summary>
internal static class CouplingSequences
{
    private const string ExtraRegional = "extra-regional";

    private readonly record struct Start(int Layer, int Wave, int From); // Wave/From 0: unknown

    /// <summary>Every multiplex pair and pair of its layers, as coupling-pairs.cypher lists them.</summary>
    public static List<CouplingPairRow> Pairs(MultiplexNetwork network, PairIndex pairs)
    {
        var rows = new List<CouplingPairRow>();
        var time = network.Time;
        foreach (var (pair, a, b) in Observations(network, pairs))
        {
            var (x, y) = pairs.Ends(pair);
            if (string.CompareOrdinal(network.ActorIds[x], network.ActorIds[y]) > 0) (x, y) = (y, x);
            var (basis, lag) = Lag(a, b, time);
            string? Show(Start s) => basis == "year" || s.Wave == 0
                ? (s.From == 0 ? null : time!.Dates[s.From - 1])
                : s.Wave <= time!.Waves.Count ? time.Waves[s.Wave - 1] : s.Wave.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (la, lb) = (Info(network, a.Layer), Info(network, b.Layer));
            rows.Add(new CouplingPairRow(network.ActorIds[x], network.ActorNames[x], network.ActorIds[y], network.ActorNames[y], RegionOf(network, x, y),
                la.Id, lb.Id, la.Nature, lb.Nature, basis, Show(a), Show(b),
                lag switch { null => null, > 0 => "A", < 0 => "B", _ => "same period" }, lag));
        }
        return [.. rows.OrderBy(r => r.LayerA, StringComparer.Ordinal).ThenBy(r => r.LayerB, StringComparer.Ordinal)
            .ThenBy(r => r.ActorA, StringComparer.Ordinal).ThenBy(r => r.ActorB, StringComparer.Ordinal)];
    }

    /// <summary>The counts of coupling-sequences.cypher, per pair of layers (<paramref name="byNature"/> false) or of natures.</summary>
    public static List<CouplingRow> Counts(MultiplexNetwork network, PairIndex pairs, bool byNature)
    {
        var groups = new Dictionary<(string? LayerA, string? LayerB, string? NatureA, string? NatureB, string Region, string Basis), List<long?>>();
        foreach (var (pair, first, second) in Observations(network, pairs))
        {
            var (a, b) = (first, second);
            var (basis, lag) = Lag(a, b, network.Time);
            var (la, lb) = (Info(network, a.Layer), Info(network, b.Layer));
            // Cypher's `la.nature > lb.nature` is null (no swap) when either nature is missing.
            if (byNature && la.Nature is not null && lb.Nature is not null && string.CompareOrdinal(la.Nature, lb.Nature) > 0)
                (la, lb, lag) = (lb, la, -lag);
            var (x, y) = pairs.Ends(pair);
            foreach (var region in new[] { RegionOf(network, x, y), "all" })
            {
                var key = (byNature ? null : la.Id, byNature ? null : lb.Id, la.Nature, lb.Nature, region, basis);
                if (!groups.TryGetValue(key, out var lags)) groups[key] = lags = [];
                lags.Add(lag);
            }
        }
        return
        [
            .. groups.Select(g =>
            {
                var ahead = g.Value.Where(l => l > 0).Select(l => (double)l!.Value).ToList();
                var behind = g.Value.Where(l => l < 0).Select(l => -(double)l!.Value).ToList();
                return new CouplingRow(g.Key.LayerA, g.Key.LayerB, g.Key.NatureA, g.Key.NatureB, g.Key.Region, g.Key.Basis, g.Value.Count,
                    ahead.Count, behind.Count, g.Value.Count(l => l == 0), Median(ahead), Median(behind));
            })
            .OrderBy(r => r.NatureA, StringComparer.Ordinal).ThenBy(r => r.NatureB, StringComparer.Ordinal)
            .ThenBy(r => r.LayerA, StringComparer.Ordinal).ThenBy(r => r.LayerB, StringComparer.Ordinal)
            .ThenBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.Basis, StringComparer.Ordinal),
        ];
    }

    // Every (pair, start in layer A, start in layer B), A < B by layer id, for pairs tied in two or more layers.
    private static IEnumerable<(int Pair, Start A, Start B)> Observations(MultiplexNetwork network, PairIndex pairs)
    {
        var ties = network.Ties;
        var layerCount = ties.LayerCount;
        // (pair, layer) as one number with the tie's place beside it, sorted: each pair's layers come together.
        var keys = new List<(long Key, int Layer, int Index)>((int)ties.Count);
        for (var l = 0; l < layerCount; l++)
        {
            var pairOf = pairs.PairOfTie[l];
            for (var i = 0; i < pairOf.Length; i++)
                if (pairOf[i] >= 0) keys.Add(((long)pairOf[i] * layerCount + l, l, i));
        }
        keys.Sort((p, q) => p.Key.CompareTo(q.Key));
        var starts = new List<Start>();
        for (var start = 0; start < keys.Count;)
        {
            var pair = (int)(keys[start].Key / layerCount);
            starts.Clear();
            var end = start;
            while (end < keys.Count && keys[end].Key / layerCount == pair)
            {
                var layer = keys[end].Layer;
                int count = 0, waved = 0, dated = 0, firstWave = int.MaxValue, firstFrom = int.MaxValue;
                for (; end < keys.Count && keys[end].Key == (long)pair * layerCount + layer; end++)
                {
                    count++;
                    var i = keys[end].Index;
                    var (w, f) = ties.IsTimed ? (ties.Waves(layer)[i], ties.Froms(layer)[i]) : (0, 0);
                    if (w > 0) { waved++; firstWave = Math.Min(firstWave, w); }
                    if (f > 0) { dated++; firstFrom = Math.Min(firstFrom, f); }
                }
                starts.Add(new Start(layer, waved == count ? firstWave : 0, dated == count ? firstFrom : 0));
            }
            if (starts.Count > 1)
                for (var a = 0; a < starts.Count; a++)
                    for (var b = 0; b < starts.Count; b++)
                        if (string.CompareOrdinal(network.Layers[starts[a].Layer], network.Layers[starts[b].Layer]) < 0)
                            yield return (pair, starts[a], starts[b]);
            start = end;
        }
    }

    private static (string Basis, long? Lag) Lag(Start a, Start b, ProjectedTime? time)
    {
        if (a.Wave > 0 && b.Wave > 0) return ("wave", b.Wave - a.Wave);
        if (a.From > 0 && b.From > 0 && time is not null)
        {
            var (ya, yb) = (time.YearOf(a.From), time.YearOf(b.From));
            return ("year", ya is null || yb is null ? null : yb - ya);
        }
        return ("unknown", null);
    }

    private static string RegionOf(MultiplexNetwork network, int x, int y) =>
        network.RegionOf[x] >= 0 && network.RegionOf[x] == network.RegionOf[y] ? network.Regions[network.RegionOf[x]] : ExtraRegional;

    private static LayerInfo Info(MultiplexNetwork network, int layer) =>
        layer < network.LayerInfos.Count ? network.LayerInfos[layer] : new LayerInfo(network.Layers[layer], null, null, null);

    // percentileCont(x, 0.5): the middle value, or the mean of the two middle values.
    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
