using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Configuration;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Runs the local Neo4j for the lifetime of the host when <see cref="Neo4jOptions.Uri"/> is empty. It starts the
/// server in <see cref="StartingAsync"/>, which the host runs before any hosted service's StartAsync, so schema
/// setup and loaders find the graph up; a <see cref="LocalNeo4jSupervisor"/> restarts it whenever it dies; it stops it
/// in <see cref="StoppedAsync"/>, after they have all stopped. The endpoint is published through
/// <see cref="Neo4jEndpointProvider"/> (a restart keeps it), the state through <see cref="LocalNeo4jHealth"/>.
/// </summary>
internal sealed class LocalNeo4jHostedService(
    IOptions<Neo4jOptions> options,
    Neo4jEndpointProvider endpoints,
    LocalNeo4jHealth health,
    ILoggerFactory loggerFactory) : IHostedLifecycleService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private LocalNeo4jServer? _server;
    private Task _supervision = Task.CompletedTask;

    /// <summary>Starts the local server, or does nothing when an external server is configured.</summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.UsesLocalServer)
        {
            health.Set(LocalNeo4jState.External);
            endpoints.Fail(new InvalidOperationException(
                $"No local Neo4j is run because Neo4j:Uri is set to {options.Value.Uri}; connect to that server instead."));
            return;
        }

        var logger = loggerFactory.CreateLogger<LocalNeo4jServer>();
        var server = new LocalNeo4jServer(options.Value.Local, logger);
        if (await server.FindRunningAsync(cancellationToken).ConfigureAwait(false) is { } running)
        {
            // Another timkg process (e.g. scripts/run) owns this data directory's server: share it, don't stop it.
            health.Set(LocalNeo4jState.Shared);
            endpoints.Publish(running);
            return;
        }

        _server = server;
        try
        {
            endpoints.Publish(await _server.StartAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e)
        {
            // Fail the waiters as well as the host: nobody should hang on a server that will never come.
            health.Set(LocalNeo4jState.Down, e.Message.Split('\n')[0].TrimEnd());
            endpoints.Fail(e);
            throw;
        }

        health.Set(LocalNeo4jState.Up);
        var supervisor = new LocalNeo4jSupervisor(_server, health, options.Value.Local.MaxRestarts, logger);
        _supervision = Task.Run(() => supervisor.RunAsync(_stopping.Token), CancellationToken.None);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Ends supervision first: a server stopped on purpose must not be restarted.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken) => EndSupervisionAsync();

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops the server; when the host's shutdown timeout cancels the token, it is killed instead.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken) => _server?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>Stops the server if the host never got to <see cref="StoppedAsync"/> (e.g. a failed start).</summary>
    public async ValueTask DisposeAsync()
    {
        await EndSupervisionAsync().ConfigureAwait(false);
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task EndSupervisionAsync()
    {
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync().ConfigureAwait(false);
        await _supervision.ConfigureAwait(false);
    }
}
