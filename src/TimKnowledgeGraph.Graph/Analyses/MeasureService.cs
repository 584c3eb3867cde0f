using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The measures of a dataset on demand: projected from Neo4j and computed on first use, then served from a cache
/// keyed by the dataset's state (its completed import run and the latest content load), so a new import or load
/// recomputes them. One computation at a time (bounded memory whatever the requests); a few datasets cached.
/// The projection is cached with them and shared: the period analyses (<see cref="DynamicsService"/>) read it through
/// <see cref="GetNetworkAsync"/>, so a dataset is projected once for measures and dynamics, under the same stamp rule.
/// </summary>
public sealed class MeasureService(ICypherClient client, IOptions<MeasureOptions> options)
{
    private const int CachedDatasets = 4;

    private static readonly string StampStatement =
        $"OPTIONAL MATCH (d:Dataset {{id: $d}}) WITH d OPTIONAL MATCH (l:{GraphSchema.Load}) " +
        "WITH d, l ORDER BY l.at DESC LIMIT 1 RETURN d IS NOT NULL, toString(d.completedRun) + '/' + toString(d.importRun), l.id";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<Entry> _cache = [];

    public MeasureOptions Options => options.Value;

    /// <summary>The measures of <paramref name="datasetId"/>, or null when there is no such dataset.</summary>
    public async Task<NetworkMeasures?> GetAsync(string datasetId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (stamp is null) return null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var entry = await EntryAsync(datasetId, stamp, cancellationToken).ConfigureAwait(false);
            if (entry is null) return null;
            entry.Measures ??= await Task.Run(() => MeasureCalculator.Compute(entry.Network, options.Value), cancellationToken).ConfigureAwait(false);
            return entry.Measures;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The projection of <paramref name="datasetId"/> (cached as the measures are), or null when there is no such dataset.</summary>
    public async Task<MultiplexNetwork?> GetNetworkAsync(string datasetId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (stamp is null) return null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (await EntryAsync(datasetId, stamp, cancellationToken).ConfigureAwait(false))?.Network;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Under the gate: the cached entry for this stamp, or a new projection replacing the dataset's older one.
    private async Task<Entry?> EntryAsync(string datasetId, string stamp, CancellationToken cancellationToken)
    {
        var cached = _cache.Find(c => c.Dataset == datasetId && c.Stamp == stamp);
        if (cached is not null) return cached;
        var network = await MultiplexProjection.ReadAsync(client, datasetId, cancellationToken).ConfigureAwait(false);
        if (network is null) return null;
        _cache.RemoveAll(c => c.Dataset == datasetId);
        if (_cache.Count >= CachedDatasets) _cache.RemoveAt(0);
        var entry = new Entry(datasetId, stamp, network);
        _cache.Add(entry);
        return entry;
    }

    private sealed class Entry(string dataset, string stamp, MultiplexNetwork network)
    {
        public string Dataset { get; } = dataset;
        public string Stamp { get; } = stamp;
        public MultiplexNetwork Network { get; } = network;
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

    private async Task<string?> StampAsync(string datasetId, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync([CypherStatement.Of(StampStatement, ("d", datasetId)) with { IncludeStats = false }], cancellationToken)
            .ConfigureAwait(false);
        return result[0].Rows is [[true, var run, var load]] ? $"{run}|{load}" : null;
    }
}
