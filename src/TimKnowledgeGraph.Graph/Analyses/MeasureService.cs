using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The measures of a dataset on demand: projected from Neo4j and computed on first use, then served from a cache
/// keyed by the dataset's state (its completed import run and the latest content load), so a new import or load
/// recomputes them. The projection is cached with them and shared: the period analyses (<see cref="DynamicsService"/>)
/// read it through <see cref="GetNetworkAsync"/>, so a dataset is projected once for measures and dynamics.
/// A projection is one task per (dataset, stamp): every caller that wants it while it runs awaits that task, whether a
/// request or the background warm-up (<see cref="WarmAsync"/>, <c>ProjectionWarmService</c>) started it, so the same
/// dataset is never projected twice at once. Bounded: requests project one dataset at a time, the warm-up one more
/// beside them (so a request for another dataset never waits for a warm-up); measures compute one at a time; a few
/// datasets cached, the least recently used dropped first.
/// </summary>
public sealed class MeasureService(ICypherClient client, IOptions<MeasureOptions> options)
{
    /// <summary>Datasets whose projection (and measures) are kept.</summary>
    public const int CachedDatasets = 4;

    // A dataset's state: its import runs (the completed one and the current one), whether an import is running, and the
    // latest content load, which writes content datasets and may change any dataset's links. One definition for one
    // dataset and for all. Each part is coalesced: `null + '/'` is null in Cypher, so while an import ran (no completed
    // run yet) every state of the dataset had one stamp, and measures counted in the middle of one import were served
    // after the next had been interrupted.
    private const string DatasetRuns =
        "coalesce(toString(d.completedRun), '-') + '/' + coalesce(toString(d.importRun), '-') + '/' + coalesce(d.importState, '-')";

    // The state an import is in until its last step: its data may still change, so what is counted then is not kept.
    private const string Running = "/running|";

    private static readonly string StampStatement = LoadRecordStore.MatchLatest + $"OPTIONAL MATCH (d:Dataset {{id: $d}}) RETURN d IS NOT NULL, {DatasetRuns}, l.id";

    private static readonly string StampsStatement = LoadRecordStore.MatchLatest + $"MATCH (d:Dataset) RETURN d.id, {DatasetRuns}, l.id ORDER BY d.id";

    private readonly Lock _lock = new();
    private readonly List<Entry> _cache = []; // least recently used first
    private readonly SemaphoreSlim _requestProjections = new(1, 1);
    private readonly SemaphoreSlim _computations = new(1, 1);

    public MeasureOptions Options => options.Value;

    /// <summary>The measures of <paramref name="datasetId"/>, or null when there is no such dataset.</summary>
    public async Task<NetworkMeasures?> GetAsync(string datasetId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (stamp is null) return null;
        var entry = EntryFor(datasetId, stamp, warm: false, CancellationToken.None);
        if (await AwaitNetworkAsync(entry, cancellationToken).ConfigureAwait(false) is not { } network) return null;
        await _computations.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            entry.Measures ??= await Task.Run(() => MeasureCalculator.Compute(network, options.Value), cancellationToken).ConfigureAwait(false);
            return entry.Measures;
        }
        finally
        {
            _computations.Release();
        }
    }

    /// <summary>The projection of <paramref name="datasetId"/> (cached as the measures are), or null when there is no such dataset.</summary>
    public async Task<MultiplexNetwork?> GetNetworkAsync(string datasetId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (stamp is null) return null;
        return await AwaitNetworkAsync(EntryFor(datasetId, stamp, warm: false, CancellationToken.None), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Projects <paramref name="datasetId"/> into the cache unless its current state is already there (or on its way);
    /// true when it was projected now. For the background warm-up: not limited by the requests' one-at-a-time gate, and
    /// cancelled (and forgotten) with <paramref name="cancellationToken"/>.
    /// </summary>
    public async Task<bool> WarmAsync(string datasetId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (stamp is null) return false;
        var entry = EntryFor(datasetId, stamp, warm: true, cancellationToken, out var started);
        await AwaitNetworkAsync(entry, cancellationToken).ConfigureAwait(false);
        return started;
    }

    /// <summary>Whether the current state of <paramref name="datasetId"/> is projected (a finished projection in the cache).</summary>
    public async Task<bool> IsWarmAsync(string datasetId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(datasetId, cancellationToken).ConfigureAwait(false);
        lock (_lock) return stamp is not null && Find(datasetId, stamp) is { Network.IsCompletedSuccessfully: true };
    }

    // The entry for this dataset and stamp, cached, in flight, or started now (replacing the dataset's older state).
    private Entry EntryFor(string datasetId, string stamp, bool warm, CancellationToken warmCancellation) =>
        EntryFor(datasetId, stamp, warm, warmCancellation, out _);

    private Entry EntryFor(string datasetId, string stamp, bool warm, CancellationToken warmCancellation, out bool started)
    {
        lock (_lock)
        {
            started = false;
            if (Find(datasetId, stamp) is { } found)
            {
                _cache.Remove(found);
                _cache.Add(found);
                return found;
            }
            // Started apart from the caller's token: a request that gives up does not cancel the others awaiting it.
            var entry = new Entry(datasetId, stamp, warm ? ProjectAsync(datasetId, warmCancellation) : ProjectForRequestAsync(datasetId));
            started = true;
            // An import running (or interrupted, until it is run again): counted afresh for every caller, kept for none.
            if (stamp.Contains(Running, StringComparison.Ordinal)) return entry;
            _cache.RemoveAll(c => c.Dataset == datasetId);
            if (_cache.Count >= CachedDatasets) _cache.RemoveAt(0);
            _cache.Add(entry);
            return entry;
        }
    }

    // A failed or cancelled projection is not found: it is replaced by a new one.
    private Entry? Find(string datasetId, string stamp) =>
        _cache.Find(c => c.Dataset == datasetId && c.Stamp == stamp && !c.Network.IsFaulted && !c.Network.IsCanceled);

    // A failed, cancelled or empty projection is dropped, so the next caller tries again.
    private async Task<MultiplexNetwork?> AwaitNetworkAsync(Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            var network = await entry.Network.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (network is null) Forget(entry);
            return network;
        }
        catch (Exception) when (entry.Network.IsFaulted || entry.Network.IsCanceled)
        {
            Forget(entry);
            throw;
        }
    }

    private void Forget(Entry entry)
    {
        lock (_lock) _cache.Remove(entry);
    }

    private async Task<MultiplexNetwork?> ProjectForRequestAsync(string datasetId)
    {
        await _requestProjections.WaitAsync().ConfigureAwait(false);
        try
        {
            return await ProjectAsync(datasetId, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _requestProjections.Release();
        }
    }

    private async Task<MultiplexNetwork?> ProjectAsync(string datasetId, CancellationToken cancellationToken)
    {
        await Task.Yield(); // never run the projection on the caller's stack, inside the lock
        return await MultiplexProjection.ReadAsync(client, datasetId, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Entry(string dataset, string stamp, Task<MultiplexNetwork?> network)
    {
        public string Dataset { get; } = dataset;
        public string Stamp { get; } = stamp;
        public Task<MultiplexNetwork?> Network { get; } = network;
        public NetworkMeasures? Measures { get; set; }
    }

    /// <summary>Computes (or takes from the cache) and writes the measures back as properties; null for an unknown dataset.</summary>
    public async Task<(NetworkMeasures Measures, long Actors, long Participations)?> WriteAsync(string datasetId, CancellationToken cancellationToken)
    {
        var measures = await GetAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (measures is null) return null;
        var (actors, participations) = await MeasureWriter.WriteAsync(client, measures, cancellationToken).ConfigureAwait(false);
        return (measures, actors, participations);
    }

    /// <summary>
    /// Every dataset's state stamp (id → stamp), in one query: what the cache is keyed by. A stamp that changed means
    /// an import or a load since (the background warm-up recounts only those datasets).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> StampsAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync([CypherStatement.Of(StampsStatement) with { IncludeStats = false }], cancellationToken).ConfigureAwait(false);
        // The first of two Datasets with one id: the unique constraint cannot hold an id past Lucene's term limit (a
        // 60,000-character id imported twice before ids had a limit), and a duplicate stopped the host at every start.
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in result[0].Rows.Where(r => r[0] is string)) stamps.TryAdd((string)row[0]!, Stamp(row[1], row[2]));
        return stamps;
    }

    private async Task<string?> StampAsync(string datasetId, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync([CypherStatement.Of(StampStatement, ("d", datasetId)) with { IncludeStats = false }], cancellationToken)
            .ConfigureAwait(false);
        return result[0].Rows is [[true, var run, var load]] ? Stamp(run, load) : null;
    }

    private static string Stamp(object? runs, object? load) => $"{runs}|{load}";
}
