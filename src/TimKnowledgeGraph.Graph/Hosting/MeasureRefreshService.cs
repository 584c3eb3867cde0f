using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Graph.Hosting;

/// <summary>
/// The web host's background refresh of written-back measures: whenever an import or a content load queued a dataset
/// (<see cref="MeasureRefresher"/>), recompute and write its measures, one dataset at a time. A failure is logged and
/// the loop goes on (the values stay removed, never stale).
/// </summary>
public sealed partial class MeasureRefreshService(MeasureRefresher refresher, ILogger<MeasureRefreshService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await refresher.WaitAsync(stoppingToken).ConfigureAwait(false);
                await refresher.RunPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Any failure, as ProjectionWarmService has it: an exception let through would stop the whole host.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recomputing network measures failed; their properties stay removed until the next change or `timkg analyse`: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
