using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Graph.Hosting;

/// <summary>
/// The web host's background warm-up of large datasets' projections (<see cref="ProjectionWarmer"/>): a pass at start,
/// then one every <see cref="MeasureOptions.WarmCheckSeconds"/>, so an import or load (in this process or by
/// <c>timkg import</c> in another) is projected again before a researcher asks. Never blocks start-up or a request;
/// stops with the host (the projection in flight is cancelled and forgotten). A failure is logged and the next pass tries again.
/// </summary>
public sealed partial class ProjectionWarmService(ProjectionWarmer warmer, IOptions<MeasureOptions> options, ILogger<ProjectionWarmService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.WarmMinActors == 0) return;
        await Task.Yield(); // let the host finish starting
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await warmer.WarmAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.WarmCheckSeconds), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Best effort: whatever goes wrong (a graph another client left odd included), the warm-up logs it and tries
            // again later. An exception let through stopped the host, silently, at every start.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.WarmCheckSeconds), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming a projection failed; the next check tries again, and a request projects on its own: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
