using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Which state of the content graph a page shows: the loads this host recorded (its own loads, live reloads and
/// rejected edits, whose banner every page shows) and the latest <c>Load</c> node in Neo4j (a <c>timkg load</c> run by
/// another process). The graph is read at most once per <see cref="GraphCheckInterval"/>, so a load by another process
/// shows on cached pages within that time; this host's own loads show at once.
/// </summary>
internal sealed class ContentVersion(LoadStatus status, LatestLoadReader latestLoad, TimeProvider time)
{
    public static readonly TimeSpan GraphCheckInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _checking = new(1, 1);
    private volatile string? _graphLoad;
    private long _checkedAt; // 0: never (timestamps count from boot, so the first call always reads the graph)

    /// <summary>The current version, as a key part; changes whenever a page's content may have changed.</summary>
    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        if (time.GetTimestamp() - Interlocked.Read(ref _checkedAt) > GraphCheckInterval.TotalSeconds * time.TimestampFrequency)
            await CheckGraphAsync(cancellationToken).ConfigureAwait(false);
        return $"{status.Version}/{_graphLoad}";
    }

    private async Task CheckGraphAsync(CancellationToken cancellationToken)
    {
        // One request reads the graph; the others meanwhile use the version it last read (at most one interval old) —
        // except before the first read, when there is no such version: they wait for it.
        var first = _graphLoad is null;
        if (first) await _checking.WaitAsync(cancellationToken).ConfigureAwait(false);
        else if (!await _checking.WaitAsync(0, cancellationToken).ConfigureAwait(false)) return;
        try
        {
            if (first && _graphLoad is not null) return; // another request read it while this one waited
            var latest = await latestLoad.ReadAsync(cancellationToken).ConfigureAwait(false);
            _graphLoad = latest?.Id ?? "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Neo4j did not answer: keep the version last read and try again after the interval. A load by another
            // process shows once Neo4j answers again; a page that has to be rendered reports the outage itself.
        }
        finally
        {
            Interlocked.Exchange(ref _checkedAt, time.GetTimestamp());
            _checking.Release();
        }
    }
}
