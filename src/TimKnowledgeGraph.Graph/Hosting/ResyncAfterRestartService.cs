using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Graph.Hosting;

/// <summary>
/// After the local Neo4j was restarted, loads the content folder again, comparing it with the graph read back (a
/// full load), so nothing is lost: a load the death interrupted was rolled back, and edits made while the server was
/// down failed to load. The web host registers it; a one-shot CLI command has nothing to re-sync.
/// </summary>
public sealed partial class ResyncAfterRestartService(LocalNeo4jHealth health, ContentSyncService sync, ILogger<ResyncAfterRestartService> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private Task _running = Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        health.Restarted += OnRestarted;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        health.Restarted -= OnRestarted;
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task running;
        lock (_lock) running = _running;
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private void OnRestarted()
    {
        lock (_lock) _running = _running.ContinueWith(_ => ResyncAsync(), TaskScheduler.Default).Unwrap();
    }

    private async Task ResyncAsync()
    {
        try
        {
            LogResyncing(logger);
            var outcome = await sync.LoadAsync(new LoadRequest(Full: true), _stopping.Token).ConfigureAwait(false);
            LogResynced(logger, outcome.Mode.ToString().ToLowerInvariant(), outcome.Succeeded);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or OperationCanceledException)
        {
            // Recorded in LoadStatus by the loader; the next restart or content edit tries again.
            LogResyncFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local Neo4j was restarted: loading the content again to re-sync the graph")]
    private static partial void LogResyncing(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-sync after the Neo4j restart done ({Mode}, succeeded: {Succeeded})")]
    private static partial void LogResynced(ILogger logger, string mode, bool succeeded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-sync after the Neo4j restart failed: {Error}")]
    private static partial void LogResyncFailed(ILogger logger, string error);
}
