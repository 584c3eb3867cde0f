namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Tie formation and dissolution per layer, computed on the projection with the conventions of cypher/tie-dynamics.cypher
/// (its header is the specification): between consecutive waves the panel tie-change counts (formed, dissolved, kept,
/// Jaccard; Snijders, van de Bunt &amp; Steglich 2010), and per calendar year the spells that start and end in it and the
/// pairs tied on some day of it. Pairs are undirected; self-loops are not pairs. A timeless tie is tied in every wave;
/// a spell open at its start is never formed within the data, one open at its end never dissolves.
/// </summary>
internal static class TieDynamics
{
    /// <param name="fromYear">Year rows only from this year on (null: from the first dated tie).</param>
    /// <param name="toYear">Year rows only up to this year (null: up to the last dated tie).</param>
    public static List<TieDynamicsRow> Compute(MultiplexNetwork network, PairIndex pairs, int? fromYear, int? toYear)
    {
        var rows = new List<TieDynamicsRow>();
        if (network.Time is not { } time || !network.Ties.IsTimed) return rows;
        if (time.Waves.Count >= 2)
            for (var l = 0; l < network.Layers.Count; l++) rows.AddRange(WaveRows(network, pairs, time, l));
        var (lo, hi) = YearRange(network, time);
        if (lo is not null && hi is not null)
        {
            var (first, last) = (Math.Max(lo.Value, fromYear ?? int.MinValue), Math.Min(hi.Value, toYear ?? int.MaxValue));
            if (first <= last)
                for (var l = 0; l < network.Layers.Count; l++) rows.AddRange(YearRows(network, pairs, time, l, first, last));
        }
        return rows;
    }

    private static List<TieDynamicsRow> WaveRows(MultiplexNetwork network, PairIndex pairs, ProjectedTime time, int layer)
    {
        var waveCount = time.Waves.Count;
        long[] formed = new long[waveCount + 1], dissolved = new long[waveCount + 1], kept = new long[waveCount + 1];
        // (pair, wave) as one number, sorted: each pair's waves come together in order. Wave 0 (none) is timeless; an
        // index beyond the declared waves (hostile data) is kept apart as waveCount + 1 and matches no wave.
        var stride = waveCount + 2L;
        var pairOf = pairs.PairOfTie[layer];
        var waves = network.Ties.Waves(layer);
        var keys = new List<long>(pairOf.Length);
        for (var i = 0; i < pairOf.Length; i++)
            if (pairOf[i] >= 0) keys.Add(pairOf[i] * stride + Math.Min(waves[i], waveCount + 1));
        keys.Sort();
        var unique = 0;
        for (var i = 0; i < keys.Count; i++)
            if (i == 0 || keys[i] != keys[i - 1]) keys[unique++] = keys[i];
        keys.RemoveRange(unique, keys.Count - unique);
        for (var start = 0; start < keys.Count;)
        {
            var pair = keys[start] / stride;
            var end = start;
            while (end < keys.Count && keys[end] / stride == pair) end++;
            if (keys[start] % stride == 0)
            {
                // Timeless: tied in every wave, so kept between every two.
                for (var i = 2; i <= waveCount; i++) kept[i]++;
            }
            else
            {
                for (var j = start; j < end; j++)
                {
                    var w = (int)(keys[j] % stride);
                    if (w > waveCount) continue;
                    var hasPrevious = j > start && keys[j - 1] % stride == w - 1;
                    var hasNext = j + 1 < end && keys[j + 1] % stride == w + 1;
                    if (w >= 2) { if (hasPrevious) kept[w]++; else formed[w]++; }
                    if (w + 1 <= waveCount && !hasNext) dissolved[w + 1]++;
                }
            }
            start = end;
        }
        var info = network.LayerInfos.Count > layer ? network.LayerInfos[layer].Name : null;
        var rows = new List<TieDynamicsRow>();
        for (var i = 2; i <= waveCount; i++)
        {
            var total = formed[i] + dissolved[i] + kept[i];
            rows.Add(new TieDynamicsRow(network.Layers[layer], info, "wave", time.Waves[i - 1], time.Waves[i - 2],
                formed[i] + kept[i], formed[i], dissolved[i], kept[i], total == 0 ? 0.0 : (double)kept[i] / total));
        }
        return rows;
    }

    /// <summary>
    /// The years <see cref="Compute"/> gives year rows for (all of them, unbounded), as texts in ordinal order: every year
    /// from the first to the last validFrom/validTo of a dataset with time and timed ties and at least one layer.
    /// The timeline's periods when the dataset has no waves (DynamicsService.TimelinePeriods).
    /// </summary>
    internal static List<string> Years(MultiplexNetwork network)
    {
        if (network.Time is not { } time || !network.Ties.IsTimed || network.Layers.Count == 0) return [];
        var (lo, hi) = YearRange(network, time);
        if (lo is null || hi is null) return [];
        return [.. Enumerable.Range(lo.Value, hi.Value - lo.Value + 1).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];
    }

    // The first and last year of any validFrom/validTo of the dataset's ties (their earliest and latest texts, as the query).
    private static (int? Lo, int? Hi) YearRange(MultiplexNetwork network, ProjectedTime time)
    {
        int min = int.MaxValue, max = 0;
        for (var l = 0; l < network.Layers.Count; l++)
            foreach (var ranks in new[] { network.Ties.Froms(l).ToArray(), network.Ties.Tos(l).ToArray() }) // once per layer
                foreach (var r in ranks)
                    if (r > 0) { min = Math.Min(min, r); max = Math.Max(max, r); }
        return max == 0 ? (null, null) : (time.YearOf(min), time.YearOf(max));
    }

    private static List<TieDynamicsRow> YearRows(MultiplexNetwork network, PairIndex pairs, ProjectedTime time, int layer, int lo, int hi)
    {
        var span = hi - lo + 1;
        long[] formed = new long[span], dissolved = new long[span], activeDelta = new long[span + 1];
        var pairOf = pairs.PairOfTie[layer];
        var froms = network.Ties.Froms(layer);
        var tos = network.Ties.Tos(layer);
        // Distinct spells (pair, validFrom, validTo), sorted by pair.
        var spells = new List<(int Pair, int From, int To)>(pairOf.Length);
        for (var i = 0; i < pairOf.Length; i++)
            if (pairOf[i] >= 0) spells.Add((pairOf[i], froms[i], tos[i]));
        spells.Sort();
        var intervals = new List<(int Start, int End)>();
        for (var start = 0; start < spells.Count;)
        {
            var end = start;
            intervals.Clear();
            while (end < spells.Count && spells[end].Pair == spells[start].Pair)
            {
                var spell = spells[end];
                if (end == start || spell != spells[end - 1])
                {
                    var (starts, ends) = (time.YearOf(spell.From), time.YearOf(spell.To));
                    var (first, last) = (starts is null || starts < lo ? lo : starts.Value, ends is null || ends > hi ? hi : ends.Value);
                    if (first <= last)
                    {
                        intervals.Add((first, last));
                        if (starts == first) formed[first - lo]++;
                        if (ends is { } e && e >= first && e <= last) dissolved[e - lo]++;
                    }
                }
                end++;
            }
            // A pair is active in a year once, however many of its spells touch it: merge its year intervals.
            intervals.Sort();
            for (var i = 0; i < intervals.Count;)
            {
                var (a, b) = intervals[i];
                var j = i + 1;
                while (j < intervals.Count && intervals[j].Start <= b + 1) b = Math.Max(b, intervals[j++].End);
                activeDelta[a - lo]++;
                activeDelta[b - lo + 1]--;
                i = j;
            }
            start = end;
        }
        var name = network.LayerInfos.Count > layer ? network.LayerInfos[layer].Name : null;
        long active = 0;
        var rows = new List<TieDynamicsRow>(span);
        for (var y = 0; y < span; y++)
        {
            active += activeDelta[y];
            rows.Add(new TieDynamicsRow(network.Layers[layer], name, "year",
                (lo + y).ToString(System.Globalization.CultureInfo.InvariantCulture), null, active, formed[y], dissolved[y], null, null));
        }
        return rows;
    }
}
