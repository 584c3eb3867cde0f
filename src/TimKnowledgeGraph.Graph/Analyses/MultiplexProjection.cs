using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Streams one dataset out of Neo4j into a <see cref="MultiplexNetwork"/> (the "project" step, as Neo4j's Graph Data
/// Science library projects a graph): its layers (the Networks the Dataset CONTAINS), every Actor whose <c>dataset</c> is
/// the dataset's id (an index seek; isolates included) with its region (LOCATED_IN), then the TIEs leaving those actors,
/// page by page. A tie counts in a layer when its <c>network</c> is that layer's id and its other end is an actor of the
/// dataset; other ties are ignored. Pages keep each response small (the HTTP API answers a statement in one piece).
/// A timed dataset (declared waves or <c>d.timed</c>) also brings each tie's wave index and dates and the actors'
/// participations, for the period analyses (<see cref="PeriodAnalyses"/>); an untimed one its ties without time and its
/// actors' participations without time (for <see cref="MultiplexParticipation"/>).
/// </summary>
internal static class MultiplexProjection
{
    /// <summary>A page of ties is the ties of this many actors.</summary>
    public const int PageSize = 10_000;

    // The layers with what the typology classes them by and whether they are directed (the measures' convention), and
    // whether the dataset carries time (as the dataset page decides).
    private static readonly string LayersStatement =
        "MATCH (d:Dataset {id: $d}) OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network) " +
        $"RETURN n.id, n.name, n.nature, n.scale, d.waves, d.{DatasetShape.Timed} = true, n.{NetworkShape.Directed} = true ORDER BY n.id";

    private const string RegionNamesStatement = "MATCH (r:Region) WHERE r.id IN $ids RETURN r.id, r.name";

    // Every actor of the dataset in one statement, by the Actor.dataset index. The hint is needed: on a store of 100k actors
    // Neo4j 3.1's planner chose a NodeByLabelScan of every Actor (PROFILE, docs/benchmarks.md). Not paged: the earlier
    // pages (`WITH a WHERE id(a) > $after ... ORDER BY id(a) LIMIT $page`) each read every actor of the dataset again and
    // ran the LOCATED_IN expansion for every actor after the page's start before cutting (10 pages: 550k expansions for
    // 100k actors; 15-36 s of a loaded machine's projection). The answer streams (about 8 MB per 100k actors).
    internal static readonly string ActorsStatement =
        $"MATCH (a:Actor) USING INDEX a:Actor({GraphSchema.DatasetProperty}) WHERE a.{GraphSchema.DatasetProperty} = $d " +
        "RETURN id(a), a.id, a.name, head([(a)-[:LOCATED_IN]->(r:Region) | r.id]), a.kind";

    // A page is a list of the dataset's actors' node ids (read by the actor pass): a NodeByIdSeek, then their outgoing
    // ties. Checked with EXPLAIN on Neo4j 3.1: the earlier form, `MATCH (a:Actor) WHERE a.dataset = $d AND id(a) >= $from
    // AND id(a) <= $to`, was planned as a NodeByLabelScan of every Actor per page (80 s for 1M ties, 100k actors, with
    // 10 pages; docs/benchmarks.md). The far end is not labelled or checked here: the projection keeps only ties whose
    // far end is one of the dataset's actors, by node id. One row per (actor, layer) with the far ends' ids as a list:
    // a tenth of the rows and of the layer-id strings to send and parse that one row per tie would be.
    internal const string TiesStatement =
        "MATCH (a) WHERE id(a) IN $ids MATCH (a)-[t:TIE]->(b) RETURN id(a), t.network, collect(id(b))";

    // A timed dataset's ties also bring their time, as parallel lists (coalesce, because collect drops nulls and the
    // lists must stay aligned: 0 and '' stand for "none"), and the page's actors' participations (the period analyses
    // count a listed participation as membership). The untimed statement above stays as lean as before.
    internal const string TimedTiesStatement =
        "MATCH (a) WHERE id(a) IN $ids MATCH (a)-[t:TIE]->(b) RETURN id(a), t.network, collect(id(b)), " +
        "collect(coalesce(t.waveIndex, 0)), collect(coalesce(t.validFrom, '')), collect(coalesce(t.validTo, ''))";

    // The far end is not labelled (only a Network is ever PARTICIPATES_IN's end): with `(n:Network)` Neo4j 3.1 planned a
    // scan of the few Network nodes and expanded every participation of the store for each page (ProjectionPlanTests).
    internal const string ParticipationsStatement =
        "MATCH (a) WHERE id(a) IN $ids MATCH (a)-[p:PARTICIPATES_IN]->(n) " +
        "RETURN id(a), n.id, p.listed = true, coalesce(p.waveIndex, 0), coalesce(p.validFrom, ''), coalesce(p.validTo, '')";

    // A dataset without time brings its actors' participations too, without the time columns it does not have: multiplex
    // participation counts PARTICIPATES_IN links (its layersParticipated), which its ties alone do not give (a listed
    // layer without a tie). Same plan as the timed statement (ProjectionPlanTests).
    internal const string UntimedParticipationsStatement =
        "MATCH (a) WHERE id(a) IN $ids MATCH (a)-[p:PARTICIPATES_IN]->(n) RETURN id(a), n.id, p.listed = true";

    /// <summary>Tie pages requested at once: Neo4j reads one while this process parses another (2 cores).</summary>
    private const int PagesInFlight = 2;

    /// <summary>The projection, or null when no Dataset has that id.</summary>
    public static async Task<MultiplexNetwork?> ReadAsync(ICypherClient client, string datasetId, CancellationToken cancellationToken)
    {
        var layerRows = (await client.RunAsync([Statement(LayersStatement, ("d", datasetId))], cancellationToken).ConfigureAwait(false))[0].Rows;
        if (layerRows.Count == 0) return null;
        var layerInfos = layerRows.Where(r => r[0] is string).Select(r => new LayerInfo((string)r[0]!, r[1] as string, r[2] as string, r[3] as string, r[6] is true)).ToList();
        var layers = layerInfos.Select(l => l.Id).ToList();
        var waves = layerRows[0][4] is IEnumerable<object?> declared ? declared.Select(w => w?.ToString() ?? "").ToList() : [];
        var timed = waves.Count > 0 || layerRows[0][5] is true;
        var dates = timed ? new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 } : null;
        var participations = new List<(int Actor, int Layer, bool Listed, int Wave, int From, int To)>();
        var layerIndex = layers.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

        var nodeIds = new List<long>();
        var actorIds = new List<string>();
        var names = new List<string?>();
        var kinds = new List<string?>();
        var regionNames = new List<string?>();
        // Sorted by node id as the pages used to be, so actor indexes (and every figure listed by actor) do not change.
        var actorRows = (await client.RunAsync([Statement(ActorsStatement, ("d", datasetId))], cancellationToken).ConfigureAwait(false))[0].Rows
            .OrderBy(r => (long)r[0]!);
        foreach (var row in actorRows)
        {
            nodeIds.Add((long)row[0]!);
            actorIds.Add(row[1] as string ?? "");
            names.Add(row[2] as string);
            regionNames.Add(row[3] as string);
            kinds.Add(row[4] as string);
        }
        var indexOfNode = new Dictionary<long, int>(nodeIds.Count);
        for (var i = 0; i < nodeIds.Count; i++) indexOfNode[nodeIds[i]] = i;

        var ties = new TieList(layers.Count);
        var pages = new Queue<Task<IReadOnlyList<CypherResult>>>();
        for (var start = 0; start < nodeIds.Count || pages.Count > 0; start += PageSize)
        {
            if (start < nodeIds.Count)
            {
                var page = nodeIds.GetRange(start, Math.Min(PageSize, nodeIds.Count - start));
                pages.Enqueue(ReadPageAsync(client, page, timed, cancellationToken));
                if (pages.Count < PagesInFlight && start + PageSize < nodeIds.Count) continue;
            }
            // Pages are added in the order they were asked for, so the projection does not depend on timing.
            var results = await pages.Dequeue().ConfigureAwait(false);
            foreach (var row in results[0].Rows)
            {
                if (row[1] is not string layer || !layerIndex.TryGetValue(layer, out var l) || row[2] is not IReadOnlyList<object?> ends) continue;
                var source = indexOfNode[(long)row[0]!];
                if (dates is null)
                {
                    foreach (var end in ends)
                        if (end is long other && indexOfNode.TryGetValue(other, out var target)) ties.Add(source, target, l);
                    continue;
                }
                if (row[3] is not IReadOnlyList<object?> tieWaves || row[4] is not IReadOnlyList<object?> froms || row[5] is not IReadOnlyList<object?> tos) continue;
                for (var i = 0; i < ends.Count; i++)
                    if (ends[i] is long other && indexOfNode.TryGetValue(other, out var target))
                        ties.AddTimed(source, target, l, WaveOf(tieWaves[i]), DateId(dates, froms[i]), DateId(dates, tos[i]));
            }
            foreach (var row in results[1].Rows)
                if (row[1] is string layer && layerIndex.TryGetValue(layer, out var l))
                    participations.Add(dates is null
                        ? (indexOfNode[(long)row[0]!], l, row[2] is true, 0, 0, 0)
                        : (indexOfNode[(long)row[0]!], l, row[2] is true, WaveOf(row[3]), DateId(dates, row[4]), DateId(dates, row[5])));
        }
        var time = dates is null ? null : RankDates(dates, ties, participations, waves);

        var regionsToName = regionNames.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var named = (await client.RunAsync([Statement(RegionNamesStatement, ("ids", regionsToName))], cancellationToken).ConfigureAwait(false))[0].Rows
            .Where(r => r[0] is string).GroupBy(r => (string)r[0]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1] as string, StringComparer.Ordinal);

        var regions = regionNames.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var regionIndex = regions.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var regionOf = regionNames.Select(r => r is null ? -1 : regionIndex[r]).ToArray();
        return MultiplexNetwork.Build(datasetId, actorIds, names, regionOf, regions, layers, ties) with
        {
            LayerInfos = layerInfos,
            ActorKinds = kinds,
            StoredRegionNames = [.. regions.Select(r => named.GetValueOrDefault(r))],
            Time = time,
            Participations = time?.Participations ?? [.. participations.Select(p => new ProjectedParticipation(p.Actor, p.Layer, p.Listed, 0, 0, 0))],
        };
    }

    private static async Task<IReadOnlyList<CypherResult>> ReadPageAsync(ICypherClient client, List<long> page, bool timed, CancellationToken cancellationToken) =>
        await client.RunAsync(timed
            ? [Statement(TimedTiesStatement, ("ids", page)), Statement(ParticipationsStatement, ("ids", page))]
            : [Statement(TiesStatement, ("ids", page)), Statement(UntimedParticipationsStatement, ("ids", page))], cancellationToken).ConfigureAwait(false);

    // A wave index as stored (an integer); anything else (absent, or not a number) is "no wave".
    private static int WaveOf(object? value) => value is long w and > 0 and <= int.MaxValue ? (int)w : 0;

    // A provisional id per distinct date text ("" and non-text: 0, open); ranked once everything is read.
    private static int DateId(Dictionary<string, int> dates, object? value)
    {
        if (value is not string text || text.Length == 0) return 0;
        if (!dates.TryGetValue(text, out var id)) dates[text] = id = dates.Count;
        return id;
    }

    private static ProjectedTime RankDates(Dictionary<string, int> dates, TieList ties,
        List<(int Actor, int Layer, bool Listed, int Wave, int From, int To)> participations, IReadOnlyList<string> waves)
    {
        var sorted = dates.Keys.Where(d => d.Length > 0).Order(StringComparer.Ordinal).ToArray();
        var rankOf = new int[dates.Count];
        for (var r = 0; r < sorted.Length; r++) rankOf[dates[sorted[r]]] = r + 1;
        ties.RemapDates(rankOf);
        return new ProjectedTime(waves, sorted,
            [.. participations.Select(p => new ProjectedParticipation(p.Actor, p.Layer, p.Listed, p.Wave, rankOf[p.From], rankOf[p.To]))]);
    }

    private static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        CypherStatement.Of(text, parameters) with { IncludeStats = false };
}
