using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Recomputes and writes back the measures of datasets an import or a content load changed, so that plain Cypher
/// (<c>MATCH (a:Actor) RETURN a.betweenness</c>) describes the current data. The import and the load remove the old
/// values at once (<see cref="MeasureFreshness"/>); this puts new ones back later: in the host in the background
/// (<see cref="MeasureRefreshService"/>), in the CLI before the command exits. Bounded: one dataset at a time (the
/// <see cref="MeasureService"/> computes one at a time), each dataset queued once however often it changed, and only
/// datasets of at most <see cref="MeasureOptions.RefreshMaxActors"/> actors (larger ones stay without values until
/// <c>timkg analyse</c>).
/// </summary>
public sealed partial class MeasureRefresher(ICypherClient client, MeasureService measures, IOptions<MeasureOptions> options, ILogger<MeasureRefresher> logger)
{
    private static readonly string ActorCountStatement = $"MATCH (a:Actor) WHERE a.{GraphSchema.DatasetProperty} = $d RETURN count(a)";

    private readonly Lock _lock = new();
    private readonly List<string> _pending = [];
    private readonly SemaphoreSlim _work = new(0);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Datasets waiting to be refreshed.</summary>
    public int Pending
    {
        get { lock (_lock) return _pending.Count; }
    }

    /// <summary>Queues <paramref name="datasetId"/> (once: a dataset already waiting is not queued again).</summary>
    public void Enqueue(string datasetId)
    {
        if (options.Value.RefreshMaxActors == 0) return;
        lock (_lock)
        {
            if (_pending.Contains(datasetId, StringComparer.Ordinal)) return;
            _pending.Add(datasetId);
        }
        _work.Release();
    }

    /// <summary>Waits until something is queued.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _work.WaitAsync(cancellationToken);

    /// <summary>Refreshes every queued dataset, one at a time; returns what happened to each.</summary>
    public async Task<IReadOnlyList<MeasureRefresh>> RunPendingAsync(CancellationToken cancellationToken)
    {
        var done = new List<MeasureRefresh>();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (Next() is { } dataset)
                done.Add(await RefreshAsync(dataset, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _gate.Release();
        }
        return done;
    }

    private string? Next()
    {
        lock (_lock)
        {
            if (_pending.Count == 0) return null;
            var next = _pending[0];
            _pending.RemoveAt(0);
            return next;
        }
    }

    private async Task<MeasureRefresh> RefreshAsync(string dataset, CancellationToken cancellationToken)
    {
        var counted = await client.RunAsync([CypherStatement.Of(ActorCountStatement, ("d", dataset)) with { IncludeStats = false }], cancellationToken)
            .ConfigureAwait(false);
        var actors = counted[0].Rows is [[long n]] ? n : 0;
        if (actors > options.Value.RefreshMaxActors)
        {
            LogTooLarge(logger, dataset, actors, options.Value.RefreshMaxActors);
            return new MeasureRefresh(dataset, actors, false);
        }
        var written = await measures.WriteAsync(dataset, cancellationToken).ConfigureAwait(false);
        if (written is null) return new MeasureRefresh(dataset, actors, false); // the dataset is gone
        LogRefreshed(logger, dataset, written.Value.Actors);
        return new MeasureRefresh(dataset, actors, true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Measures of {Dataset} recomputed and written to {Actors} actors")]
    private static partial void LogRefreshed(ILogger logger, string dataset, long actors);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Measures of {Dataset} not recomputed: {Actors} actors > Measures:RefreshMaxActors = {Max}; run `timkg analyse {Dataset}`")]
    private static partial void LogTooLarge(ILogger logger, string dataset, long actors, int max);
}

/// <summary>One refresh: the dataset, its actors, and whether its measures were written.</summary>
public sealed record MeasureRefresh(string DatasetId, long Actors, bool Written);
