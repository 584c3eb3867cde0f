using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Hosting;

/// <summary>
/// Live reload: watches the content folder and syncs after each burst of changes (debounced), so a saved note is
/// visible to queries about a second later. Invalid edits are reported (log and <c>/api/load/status</c>) and leave the
/// last good graph in place; a Neo4j failure is logged and retried later. Nothing here may stop the host.
/// </summary>
internal sealed partial class ContentWatchService(
    ContentSyncService sync,
    IOptions<ContentOptions> options,
    ILogger<ContentWatchService> logger) : BackgroundService
{
    // One pending signal is enough: a reload reads the whole folder, so signals that arrive meanwhile collapse into one.
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private FileSystemWatcher? _watcher;

    /// <summary>
    /// Starts watching before anything else starts (this service is registered before the initial load), so an edit
    /// saved while the host starts is not lost: it is queued and synced once the initial load is done.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Watch && Directory.Exists(settings.FullRoot))
        {
            _watcher = ContentFolderWatcher.Create(settings.FullRoot, path => _changes.Writer.TryWrite(path), () => _changes.Writer.TryWrite(""));
            LogWatching(logger, settings.FullRoot);
        }
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watcher is null) return;
        var settings = options.Value;
        var retryPending = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var changed = await WaitForChangeAsync(retryPending ? settings.WatchRetry : Timeout.InfiniteTimeSpan, stoppingToken);
                if (!changed && !retryPending) continue;
                await DebounceAsync(settings.WatchDebounce, stoppingToken);
                retryPending = !await ReloadAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private async Task<bool> WaitForChangeAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        if (timeout != Timeout.InfiniteTimeSpan) wait.CancelAfter(timeout);
        try
        {
            await _changes.Reader.ReadAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false; // the retry timer ran out
        }
    }

    private async Task DebounceAsync(TimeSpan quiet, CancellationToken stoppingToken)
    {
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(quiet);
            try
            {
                await _changes.Reader.ReadAsync(wait.Token); // another event: start the quiet time again
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Runs one sync; false when it failed for a reason worth retrying (Neo4j), true otherwise.</summary>
    private async Task<bool> ReloadAsync(CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await sync.LoadAsync(stoppingToken);
            if (outcome.Mode == LoadMode.Rejected)
                LogRejected(logger, outcome.Errors.Count(), ChangedFilesText.Of(outcome.ChangedFiles));
            else if (outcome.Mode != LoadMode.Unchanged)
                LogReloaded(logger, ChangedFilesText.Of(outcome.ChangedFiles), (long)outcome.Elapsed.TotalMilliseconds);
            if (outcome.ChangedFiles.Count > ChangedFilesText.Shown) LogChangedFiles(logger, string.Join(", ", outcome.ChangedFiles));
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Neo4j down, a transient error, a file deleted mid-read: the last good graph stays; try again later.
            LogReloadFailed(logger, ex.GetType().Name, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Root} for changes")]
    private static partial void LogWatching(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded after changes to {Files} in {Ms} ms")]
    private static partial void LogReloaded(ILogger logger, string files, long ms);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Changed files: {Files}")]
    private static partial void LogChangedFiles(ILogger logger, string files);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Changes to {Files} not loaded: {Errors} error(s), the last good graph stays; see the log above or GET /api/load/status")]
    private static partial void LogRejected(ILogger logger, int errors, string files);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reload failed ({Type}: {Error}); the last good graph stays, retrying on the next change")]
    private static partial void LogReloadFailed(ILogger logger, string type, string error);
}
