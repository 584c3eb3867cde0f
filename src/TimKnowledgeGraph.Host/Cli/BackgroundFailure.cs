using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// Why a host stopped on its own: the exception of a background service that failed, if one did. Made before the host
/// runs, because <c>RunAsync</c> disposes the host's services when it returns; the background services are singletons,
/// so these are the instances the host starts.
/// </summary>
internal sealed class BackgroundFailure(IServiceProvider services)
{
    private readonly List<BackgroundService> _services = [.. services.GetServices<IHostedService>().OfType<BackgroundService>()];

    /// <summary>The first failure of the host's background services, or null when none failed.</summary>
    public Exception? Failure =>
        _services.Select(s => s.ExecuteTask is { IsFaulted: true } task ? task.Exception!.GetBaseException() : null)
            .FirstOrDefault(e => e is not null);
}
