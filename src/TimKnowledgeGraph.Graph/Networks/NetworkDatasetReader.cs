using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Networks;

/// <summary>
/// Reads a network dataset for the exports, by its local ids (so that an export imports back under any dataset id).
/// <see cref="OpenAsync"/> streams it: one small statement for the dataset, its layers and regions, one for every actor
/// (an index seek; isolates included), then the ties page by page, a page being the ties leaving a few thousand actors.
/// What comes back is what the named query <c>network</c> returns in one row (NetworkReadTests compares them); that
/// query gathered every tie into one row, which held a million ties in Neo4j's heap and ours at once (docs/benchmarks.md).
/// </summary>
public sealed class NetworkDatasetReader(ICypherClient client)
{
    /// <summary>A page of ties is the ties leaving this many actors (about 50k ties at ten ties per actor).</summary>
    public const int DefaultPageSize = 5_000;

    /// <summary>Actors per page of ties (tests make pages small to read a small dataset in many).</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// A page also ends once its actors have this many outgoing ties (counted by the actors statement), so that a
    /// dataset of few actors with many ties each is read in several pages: big-panel's 3,000 actors and 150,000 ties
    /// were one page, held whole on both sides, with Neo4j idle while we wrote and the writer idle while Neo4j read.
    /// </summary>
    public int PageTies { get; init; } = DefaultPageTies;

    /// <summary>See <see cref="PageTies"/>: about the page of the projection (MultiplexProjection), in ties.</summary>
    public const int DefaultPageTies = 20_000;

    /// <summary>Pages asked for at once: Neo4j reads the next while this process writes one (2 cores).</summary>
    private const int PagesInFlight = 2;

    // The dataset, its layers and the regions its import declared, as the first columns of the named query `network`
    // (NetworkDatasetReader.FromRecord reads both); fullId is the layer's own id, which ties name in `network`.
    private const string DatasetStatement =
        "MATCH (d:Dataset {id: $dataset}) OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network) WITH d, n ORDER BY n.id " +
        "WITH d, collect(n) AS layers OPTIONAL MATCH (g:Region) WHERE $dataset IN g.importedBy WITH d, layers, g ORDER BY g.id " +
        "RETURN d.id AS datasetId, d.title AS title, d.body AS body, d.waves AS waves, d.waveNames AS waveNames, " +
        $"d.{DatasetShape.Timed} = true AS timed, [rg IN collect(g) | {{id: rg.id, name: rg.name}}] AS regions, " +
        "[l IN layers | {id: coalesce(l.layer, l.id), fullId: l.id, name: l.name, scale: l.scale, nature: l.nature, " +
        "formality: l.formality, instanceOf: head([(l)-[:INSTANCE_OF]->(c:Concept) | c.id]), directed: coalesce(l.directed = true, false)}] AS layers";

    // Every actor of the dataset (the index hint as in MultiplexProjection): its id, attributes (ActorShape.Attributes, in
    // order), region [id, name], and its participations in the dataset's layers [layer, listed, from, to, wave, waveIndex].
    // One expansion per relationship type: the network query's five pattern comprehensions per actor took twice as long.
    // Last, its outgoing TIE count (the relationships only, not the ties' properties), which cuts the pages: a pattern
    // comprehension, which Neo4j 3.1 and Cypher 5 both accept (Cypher 5 refuses size() of a pattern, and 3.1 has no COUNT {}).
    private static readonly string ActorsStatement =
        $"MATCH (x:Actor) USING INDEX x:Actor({GraphSchema.DatasetProperty}) WHERE x.{GraphSchema.DatasetProperty} = $dataset " +
        $"RETURN id(x), coalesce(x.localId, x.id), [{string.Join(", ", ActorShape.Attributes.Select(p => $"x.{p}"))}], " +
        "head([(x)-[:LOCATED_IN]->(r:Region) | [r.id, r.name]]), " +
        "[(x)-[p:PARTICIPATES_IN]->(l:Network) WHERE l.id IN $layers | " +
        "[coalesce(l.layer, l.id), p.listed = true, p.validFrom, p.validTo, p.wave, p.waveIndex]], size([(x)-[:TIE]->() | 1])";

    // Whether a tie between two actors of the dataset, in one of its layers (as the analyses count them), carries a kind
    // of time: the first such tie found (LIMIT 1), not a count over every tie. The count read every tie's four time
    // properties before the export's first byte: 0.9-2.2 s on big-panel (150,000 dated ties), against 0.03-0.09 s for
    // the dates' probe, which stops at the first dated tie, and 0.2-0.6 s for the waves' probe, which reads them all
    // when there are none (docs/benchmarks.md, "Network export"). Only for a dataset marked timed or with waves: a
    // timeless one would read every tie for nothing.
    private static string TieTimeProbe(string condition) =>
        $"MATCH (x:Actor) USING INDEX x:Actor({GraphSchema.DatasetProperty}) WHERE x.{GraphSchema.DatasetProperty} = $dataset " +
        $"MATCH (x)-[t:TIE]->(b:Actor) WHERE t.network IN $layers AND b.{GraphSchema.DatasetProperty} = $dataset AND ({condition}) " +
        "RETURN t.waveIndex IS NOT NULL, t.wave IS NOT NULL LIMIT 1";

    private static readonly string DatesProbe = TieTimeProbe("t.validFrom IS NOT NULL OR t.validTo IS NOT NULL");

    private static readonly string WavesProbe = TieTimeProbe("t.waveIndex IS NOT NULL OR t.wave IS NOT NULL");

    private static readonly string WaveIndexProbe = TieTimeProbe("t.waveIndex IS NOT NULL");

    private static readonly string WaveProbe = TieTimeProbe("t.wave IS NOT NULL");

    // A page: the ties leaving these actors (node ids, a NodeByIdSeek), with their far ends as node ids. Which ties count
    // (far end an actor of the dataset, network one of its layers) and their order are decided here, not by Neo4j: on
    // 100k ties, the far end's label and properties and an ORDER BY made the pages take three times as long as the
    // rows alone (docs/benchmarks.md, "Network export"). A timeless dataset's page leaves out the time columns.
    private const string TiesStatement =
        "MATCH (x) WHERE id(x) IN $ids MATCH (x)-[t:TIE]->(b) RETURN id(x), id(b), t.network, t.key, t.resource, t.weight";

    private const string TimedTiesStatement =
        "MATCH (x) WHERE id(x) IN $ids MATCH (x)-[t:TIE]->(b) RETURN id(x), id(b), t.network, t.key, t.resource, t.weight, " +
        "t.validFrom, t.validTo, t.wave, t.waveIndex";

    /// <summary>The dataset read in full, or null when no Dataset has that id.</summary>
    public async Task<NetworkDataset?> ReadAsync(string datasetId, CancellationToken cancellationToken = default) =>
        await OpenAsync(datasetId, cancellationToken).ConfigureAwait(false) is { } network
            ? await network.ToDatasetAsync(cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>
    /// The dataset with its actors read and its ties still to come (read as they are enumerated, once), or null when no
    /// Dataset has that id.
    /// </summary>
    public async Task<StreamedNetwork?> OpenAsync(string datasetId, CancellationToken cancellationToken = default)
    {
        var header = (await RunAsync(DatasetStatement, cancellationToken, ("dataset", datasetId)).ConfigureAwait(false)).Records().FirstOrDefault();
        if (header is null) return null;
        var layerIds = Values.Maps(header.GetValueOrDefault("layers"))
            .ToDictionary(l => Values.Text(l, "fullId") ?? "", l => Values.Text(l, "id") ?? "", StringComparer.Ordinal);
        var layers = layerIds.Keys.ToList();

        var actorRows = (await RunAsync(ActorsStatement, cancellationToken, ("dataset", datasetId), ("layers", layers)).ConfigureAwait(false)).Rows
            .Select(r => (Node: (long)r[0]!, Actor: Actor(ActorMap(r)), Ties: r[5] as long? ?? 0))
            .OrderBy(r => r.Actor.Id, StringComparer.Ordinal)
            .ToList();
        var dataset = FromRecord(header) with { Actors = [.. actorRows.Select(r => r.Actor)] };

        var time = NetworkTimeSummary.Of(dataset.Actors.Select(a => a.Time));
        if (header.GetValueOrDefault("timed") is true || dataset.Waves.Count > 0)
            time = time.Or(await TieTimeAsync(datasetId, layers, cancellationToken).ConfigureAwait(false));
        var nodes = actorRows.Select(r => (r.Node, r.Ties)).ToList();
        return new StreamedNetwork(dataset, time, TiesAsync(dataset.Actors, nodes, layerIds, time.Any, cancellationToken));
    }

    // What time the ties carry, by probes that stop at the first tie carrying it (TieTimeProbe): the dates' and the
    // waves' probe in one request, then, only when a tie has one of the wave fields but not both, a probe for the other.
    private async Task<NetworkTimeSummary> TieTimeAsync(string datasetId, List<string> layers, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["dataset"] = datasetId, ["layers"] = layers };
        var probes = await client.RunAsync([Probe(DatesProbe), Probe(WavesProbe)], cancellationToken).ConfigureAwait(false);
        var dates = probes[0].Rows.Count > 0;
        if (probes[1].Rows is not [var waves, ..]) return new(dates, false, false);
        var (waveIndexes, waveIds) = (waves[0] is true, waves[1] is true);
        if (!waveIndexes) waveIndexes = (await client.RunAsync([Probe(WaveIndexProbe)], cancellationToken).ConfigureAwait(false))[0].Rows.Count > 0;
        if (!waveIds) waveIds = (await client.RunAsync([Probe(WaveProbe)], cancellationToken).ConfigureAwait(false))[0].Rows.Count > 0;
        return new(dates, waveIndexes, waveIds);

        CypherStatement Probe(string text) => new(text, parameters) { IncludeStats = false };
    }

    // The ties of each page in order: by source (the pages follow the actors' ids), layer (its own id), target and key
    // (absent last), with strings compared as Neo4j compares them (UTF-16 code units: ordinal).
    private async IAsyncEnumerable<NetworkTie> TiesAsync(IReadOnlyList<NetworkActor> actors, List<(long Node, long Ties)> nodes,
        IReadOnlyDictionary<string, string> layerIds, bool timed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var actorOfNode = new Dictionary<long, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++) actorOfNode[nodes[i].Node] = i;
        var pages = new Queue<Task<CypherResult>>();
        var next = 0;
        try
        {
            while (next < nodes.Count || pages.Count > 0)
            {
                while (pages.Count < PagesInFlight && next < nodes.Count)
                {
                    // At most PageSize actors and, past the first actor, at most PageTies ties: whole actors, so that
                    // the pages' order (by source) and each page's sort give the same order whatever the cuts.
                    var (page, tieCount) = (new List<long>(), 0L);
                    for (; next < nodes.Count && page.Count < PageSize && (page.Count == 0 || tieCount + nodes[next].Ties <= PageTies); next++)
                    {
                        page.Add(nodes[next].Node);
                        tieCount += nodes[next].Ties;
                    }
                    pages.Enqueue(RunAsync(timed ? TimedTiesStatement : TiesStatement, cancellationToken, ("ids", page)));
                }
                // Pages are written in the order they were asked for, whatever order they arrive in.
                var rows = (await pages.Dequeue().ConfigureAwait(false)).Rows;
                var ties = new List<(int Source, string Layer, string Target, string? Key, IReadOnlyList<object?> Row)>(rows.Count);
                foreach (var row in rows)
                {
                    if (row[0] is long source && row[1] is long target && row[2] is string layer && layerIds.ContainsKey(layer) &&
                        actorOfNode.TryGetValue(target, out var end))
                        ties.Add((actorOfNode[source], layer, actors[end].Id, Values.Text(row[3]), row));
                }
                ties.Sort((a, b) => a.Source != b.Source ? a.Source.CompareTo(b.Source)
                    : string.CompareOrdinal(a.Layer, b.Layer) is not 0 and var byLayer ? byLayer
                    : string.CompareOrdinal(a.Target, b.Target) is not 0 and var byTarget ? byTarget
                    : a.Key is null || b.Key is null ? (a.Key is null).CompareTo(b.Key is null) : string.CompareOrdinal(a.Key, b.Key));
                foreach (var (source, layer, target, key, row) in ties)
                {
                    yield return new NetworkTie(key, actors[source].Id, target, layerIds[layer], Values.Text(row[4]), Values.Number(row[5]) ?? 1.0)
                    {
                        Time = timed ? Spell(row[6], row[7], row[8], row[9]) : NetworkSpell.None,
                    };
                }
            }
        }
        finally
        {
            // A reader that stops early (a failed write, a closed connection) leaves no page running unobserved.
            foreach (var pending in pages) await pending.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private async Task<CypherResult> RunAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        (await client.RunAsync([CypherStatement.Of(text, parameters) with { IncludeStats = false }], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Builds the dataset from one row of the named query <c>network</c> (or the first statement of <see cref="OpenAsync"/>,
    /// which has no actors and ties).
    /// </summary>
    public static NetworkDataset FromRecord(IReadOnlyDictionary<string, object?> record) => new(
        Values.Text(record, "datasetId") ?? "",
        Values.Text(record, "title"),
        Values.Maps(record.GetValueOrDefault("layers"))
            .Select(l => new NetworkLayer(Values.Text(l, "id") ?? "", Values.Text(l, NetworkShape.Name), Values.Text(l, NetworkShape.Scale),
                Values.Text(l, NetworkShape.Nature), Values.Text(l, NetworkShape.Formality), Values.Text(l, "instanceOf"),
                l.GetValueOrDefault(NetworkShape.Directed) is true))
            .ToList(),
        Values.Maps(record.GetValueOrDefault("actors")).Select(Actor).ToList(),
        Values.Maps(record.GetValueOrDefault("ties"))
            .Select(t => new NetworkTie(Values.Text(t, "key"), Values.Text(t, "source") ?? "", Values.Text(t, "target") ?? "",
                Values.Text(t, "layer") ?? "", Values.Text(t, TieShape.Resource), Values.Number(t, TieShape.Weight) ?? 1.0) { Time = Spell(t) })
            .ToList())
    {
        Body = Values.Text(record, "body"),
        Waves = Values.Strings(record.GetValueOrDefault("waves")).ToList(),
        WaveNames = Values.Strings(record.GetValueOrDefault("waveNames")).ToList(),
        Regions = Values.Maps(record.GetValueOrDefault("regions"))
            .Select(r => new NetworkRegion(Values.Text(r, RegionShape.Id) ?? "", Values.Text(r, RegionShape.Name))).ToList(),
    };

    // An actor row of ActorsStatement as the map the network query gives an actor, so one parser reads both.
    private static Dictionary<string, object?> ActorMap(IReadOnlyList<object?> row)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = row[1] };
        var attributes = row[2] as IReadOnlyList<object?> ?? [];
        for (var i = 0; i < ActorShape.Attributes.Count && i < attributes.Count; i++) map[ActorShape.Attributes[i]] = attributes[i];
        var region = row[3] as IReadOnlyList<object?>;
        map["region"] = region?[0];
        map["regionName"] = region?[1];
        var participations = (row[4] as IReadOnlyList<object?> ?? []).OfType<IReadOnlyList<object?>>().ToList();
        var listed = participations.Where(p => p[1] is true).ToList();
        map["layers"] = participations.Select(p => p[0]).ToList();
        map["listedLayers"] = listed.Select(p => p[0]).ToList();
        map["time"] = listed.Where(p => p[2] is not null || p[3] is not null || p[4] is not null)
            .Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [CommonProperties.ValidFrom] = p[2], [CommonProperties.ValidTo] = p[3], [CommonProperties.Wave] = p[4], [CommonProperties.WaveIndex] = p[5],
            })
            .ToList();
        return map;
    }

    private static NetworkActor Actor(IReadOnlyDictionary<string, object?> a) =>
        new(Values.Text(a, "id") ?? "", Values.Text(a, ActorShape.Name), Values.Text(a, ActorShape.Kind), Values.Text(a, "region"), Values.Text(a, "regionName"),
            Values.Strings(a.GetValueOrDefault("layers")).Order(StringComparer.Ordinal).ToList())
        {
            // Every declared attribute, by its name: a new one needs no line here.
            Attributes = ActorShape.Attributes.ToDictionary(p => p, p => Values.Text(a, p), StringComparer.Ordinal),
            ListedLayers = Values.Strings(a.GetValueOrDefault("listedLayers")).Order(StringComparer.Ordinal).ToList(),
            Time = Values.Maps(a.GetValueOrDefault("time")).Select(Spell).FirstOrDefault() ?? NetworkSpell.None,
        };

    private static NetworkSpell Spell(IReadOnlyDictionary<string, object?> map) =>
        Spell(map.GetValueOrDefault(CommonProperties.ValidFrom), map.GetValueOrDefault(CommonProperties.ValidTo),
            map.GetValueOrDefault(CommonProperties.Wave), map.GetValueOrDefault(CommonProperties.WaveIndex));

    private static NetworkSpell Spell(object? validFrom, object? validTo, object? wave, object? waveIndex) =>
        new(Values.Text(validFrom), Values.Text(validTo), Values.Text(wave), Values.Number(waveIndex) is { } index ? (long)index : null);
}
