using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Neo4j.Hosting;

/// <summary>
/// The application's <see cref="ICypherClient"/>: an <see cref="HttpCypherClient"/> for the configured server, or for
/// the local one once it is up (its address and generated password are only known after it starts, so the
/// client is created on first use).
/// </summary>
internal sealed class ConfiguredCypherClient(
    IOptions<Neo4jOptions> options,
    Neo4jEndpointProvider localServer,
    ILoggerFactory loggerFactory) : ICypherClient, IDisposable
{
    // The client applies its own per-request timeout; pooled connections are recycled so a restarted server is found again.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly SemaphoreSlim _create = new(1, 1);
    private volatile HttpCypherClient? _client;

    public Uri ServerUri => _client?.ServerUri ?? options.Value.Uri ?? localServer.Current?.HttpUri ?? new Uri("http://127.0.0.1:7474/");

    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).GetServerInfoAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).RunAsync(statements, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Write transactions send keep-alives while open (see <see cref="KeepAliveTransaction"/>): the local server rolls
    /// back idle ones after a few seconds, so a killed client's locks do not hold up the next load for a minute.
    /// </summary>
    public async Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? transactionOptions = null, CancellationToken cancellationToken = default)
    {
        var transaction = await (await ClientAsync(cancellationToken).ConfigureAwait(false)).BeginTransactionAsync(transactionOptions, cancellationToken).ConfigureAwait(false);
        if (transactionOptions?.ReadOnly == true) return transaction;
        var local = options.Value.UsesLocalServer ? options.Value.Local.TransactionIdleTimeout : (TimeSpan?)null;
        // An external server's idle timeout is its own (60 s on 3.x, 30 s on 5.x by default, maybe shortened like
        // ours): an empty request every 2 s costs next to nothing and stays within any sensible setting.
        var interval = local is { } idle ? idle / 3 : TimeSpan.FromSeconds(2);
        return new KeepAliveTransaction(transaction, interval, local, loggerFactory.CreateLogger<KeepAliveTransaction>());
    }

    public void Dispose() => _http.Dispose();

    private async ValueTask<HttpCypherClient> ClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { } ready) return ready;
        await _create.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_client is { } created) return created;
            var o = options.Value;
            var settings = o.UsesLocalServer
                ? await LocalSettingsAsync(o, cancellationToken).ConfigureAwait(false)
                : CypherClientSettings.FromOptions(o);
            return _client = new HttpCypherClient(_http, settings, loggerFactory.CreateLogger<HttpCypherClient>());
        }
        finally
        {
            _create.Release();
        }
    }

    private async Task<CypherClientSettings> LocalSettingsAsync(Neo4jOptions o, CancellationToken cancellationToken)
    {
        var endpoint = await localServer.WhenReady.WaitAsync(cancellationToken).ConfigureAwait(false);
        return CypherClientSettings.FromOptions(o, endpoint.HttpUri) with { User = endpoint.User, Password = endpoint.Password };
    }
}
