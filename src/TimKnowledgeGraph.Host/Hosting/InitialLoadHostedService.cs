using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Hosting;

/// <summary>
/// Loads the content once at start-up, before requests are served (StartAsync runs before the server listens).
/// Invalid content is reported and leaves the last good graph in place; the host keeps running.
/// </summary>
internal sealed class InitialLoadHostedService(ContentSyncService sync) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => sync.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
