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
/// A host that shares another process's server (<see cref="LocalNeo4jState.Shared"/>) takes it over when that process
/// stops it: it starts the server itself on the same address, and supervises it from then on.
/// </summary>
internal sealed class LocalNeo4jHostedService(
    IOptions<Neo4jOptions> options,
    Neo4jEndpointProvider endpoints,
    LocalNeo4jHealth health,
    ILoggerFactory loggerFactory) : IHostedLifecycleService, IAsyncDisposable
{
    /// <summary>How often a host sharing another process's server checks that it still runs.</summary>
    internal static TimeSpan SharedCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

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
            var takeover = new LocalNeo4jServer(options.Value.Local.WithPorts(running.HttpUri.Port, running.BoltUri.Port), logger);
            _supervision = Task.Run(() => ShareAsync(takeover, running, logger, _stopping.Token), CancellationToken.None);
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

    // While another process owns the server, checks that it still runs; once it is gone (its host stopped), starts it
    // here on the same address and supervises it. The host answered 503 with state "shared" for as long as it ran.
    private async Task ShareAsync(LocalNeo4jServer takeover, LocalNeo4jEndpoint shared, ILogger logger, CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await Task.Delay(SharedCheckInterval, stopping).ConfigureAwait(false);
                if (await takeover.FindRunningAsync(stopping).ConfigureAwait(false) is { } running)
                {
                    // Still (or again: another sharer took it over first) run by someone else.
                    if (health.Current.State != LocalNeo4jState.Shared) health.Set(LocalNeo4jState.Shared);
                    endpoints.Publish(running);
                    continue;
                }
                health.Set(LocalNeo4jState.Restarting, $"the Neo4j shared with another timkg process at {shared.HttpUri} stopped; starting it here");
                try
                {
                    endpoints.Publish(await takeover.StartAsync(stopping).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Another sharer may have started it first (its ports are taken then): look again next time.
                    health.Set(LocalNeo4jState.Down, e.Message.Split('\n')[0].TrimEnd());
                    await takeover.StopAsync(stopping).ConfigureAwait(false);
                    continue;
                }
                _server = takeover;
                health.MarkRestarted(); // Up, and the content loader checks the graph as after any restart
                await new LocalNeo4jSupervisor(takeover, health, options.Value.Local.MaxRestarts, logger).RunAsync(stopping).ConfigureAwait(false);
                return;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping.
        }
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
