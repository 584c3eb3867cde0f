using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Search over the graph: keeps a <see cref="SearchIndex"/> in step with it. The index is synced (only changed
/// documents written) after every load that committed, and before a search when the graph moved on since the last sync
/// — a load this process made, or, after <see cref="StaleAfter"/>, anything another process wrote (a CLI import).
/// </summary>
public sealed partial class SearchService : IDisposable
{
    /// <summary>How long an index is trusted without a load of this process: catches imports made by the CLI.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    private readonly NamedQueryRunner _runner;
    private readonly LoadStatus _status;
    private readonly ILogger<SearchService> _logger;
    private readonly SearchIndex _index = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _syncedLoadId;
    private long _syncedAt = long.MinValue;

    /// <summary>Creates the service and subscribes to load outcomes.</summary>
    public SearchService(NamedQueryRunner runner, LoadStatus status, ILogger<SearchService> logger)
    {
        _runner = runner;
        _status = status;
        _logger = logger;
        status.Recorded += OnLoadRecorded;
    }

    /// <summary>Documents in the index.</summary>
    public int Count => _index.Count;

    /// <summary>Searches, syncing the index first when the graph may have changed since.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        // A load of this process (or no index yet) is waited for, so a search right after an edit sees it; an index
        // that is merely old is refreshed in the background while this search answers from it.
        if (_syncedAt == long.MinValue || _status.LastSuccess?.LoadId != _syncedLoadId) await SyncAsync(cancellationToken).ConfigureAwait(false);
        else if (IsStale() && _gate.CurrentCount > 0) SyncInBackground();
        return _index.Search(request);
    }

    /// <summary>Reads the graph's searchable documents and brings the index to them.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var loadId = _status.LastSuccess?.LoadId;
            if (!IsStale()) return; // another caller synced while this one waited
            var clock = Stopwatch.StartNew();
            var documents = await SearchDocumentReader.ReadAsync(_runner, cancellationToken).ConfigureAwait(false);
            var (written, deleted) = _index.Sync(documents);
            _syncedLoadId = loadId;
            _syncedAt = Stopwatch.GetTimestamp();
            LogSynced(_logger, documents.Count, written, deleted, clock.ElapsedMilliseconds);
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsStale() =>
        _syncedAt == long.MinValue
        || _status.LastSuccess?.LoadId != _syncedLoadId
        || Stopwatch.GetElapsedTime(_syncedAt) > StaleAfter;

    // After a committed load, sync in the background so the next search finds the index ready.
    private void OnLoadRecorded(LoadOutcome outcome)
    {
        if (outcome.Succeeded) SyncInBackground();
    }

    private void SyncInBackground()
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await SyncAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Neo4jException or HttpRequestException or OperationCanceledException)
            {
                LogSyncFailed(_logger, ex.Message); // the next search tries again
            }
            catch (ObjectDisposedException)
            {
                // the host stopped meanwhile
            }
        });
    }

    public void Dispose()
    {
        _status.Recorded -= OnLoadRecorded;
        _index.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index synced: {Documents} documents, {Written} written, {Deleted} deleted in {Ms} ms")]
    private static partial void LogSynced(ILogger logger, int documents, int written, int deleted, long ms);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index not synced (tried again on the next search): {Error}")]
    private static partial void LogSyncFailed(ILogger logger, string error);
}
