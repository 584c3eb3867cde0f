using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// <see cref="ICypherClient"/> over Neo4j's HTTP transactional Cypher API, for Neo4j 3.x, 4.x and 5.x.
/// Thread-safe; create one per server and share it. It does not own the <see cref="HttpClient"/>.
/// </summary>
/// <remarks>
/// Set <see cref="HttpClient.Timeout"/> to <see cref="Timeout.InfiniteTimeSpan"/> (or longer than
/// <see cref="CypherClientSettings.RequestTimeout"/>): this client applies its own per-request timeout.
/// Retried transactions may already have committed when the connection dropped, so statements run through
/// <see cref="RunAsync"/> should be idempotent (MERGE on ids, not CREATE).
/// </remarks>
internal sealed class HttpCypherClient : ICypherClient
{
    private const string ComponentsQuery = "CALL dbms.components() YIELD name, versions, edition";

    private readonly CypherHttpChannel _channel;
    private readonly CypherClientSettings _settings;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private volatile ServerInfo? _server;

    /// <summary>Creates a client for the server and credentials in <paramref name="settings"/>.</summary>
    public HttpCypherClient(HttpClient http, CypherClientSettings settings, ILogger<HttpCypherClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _logger = logger;
        // A dropped connection may mean the server was restarted, perhaps upgraded: discover it again next time.
        _channel = new CypherHttpChannel(http, settings, logger, () => _server = null);
    }

    /// <inheritdoc />
    public Uri ServerUri => _settings.ServerUri;

    /// <inheritdoc />
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        if (_server is { } known) return known;
        await _discoveryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _server ??= await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _discoveryLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var body = TransactionRequest.Write(statements);
        for (var retry = 0; ; retry++)
        {
            try
            {
                var server = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
                var reply = await _channel.PostStatementsAsync(CommitUrl(server.TransactionEndpoint), body, RequestKind.Statements, readOnly: false, cancellationToken)
                    .ConfigureAwait(false);
                return reply.Body.Results.Select(r => r.ToResult()).ToList();
            }
            catch (Neo4jException ex) when (ex.IsRetriable && retry < _settings.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                var delay = Backoff.Delay(_settings.RetryDelay, retry, Random.Shared.NextDouble());
                CypherLog.RetryingTransaction(_logger, ServerUri, ex.Code, ex.Message, retry + 1, _settings.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        // 3.x and early 4.x ignore or reject the header; there read-only must be enforced another way (EXPLAIN + rollback).
        var readOnly = options?.ReadOnly == true && server.SupportsAccessModeHeader;
        var reply = await _channel.PostStatementsAsync(server.TransactionEndpoint, TransactionRequest.Empty, RequestKind.Statements, readOnly, cancellationToken)
            .ConfigureAwait(false);
        var transactionUrl = reply.Location
            ?? throw new Neo4jException("Tkg.InvalidResponse", $"Neo4j at {ServerUri} opened a transaction without a Location header");
        var commitUrl = reply.Body.Commit is { } commit ? _channel.Rebase(new Uri(commit)) : CommitUrl(transactionUrl);
        return new HttpCypherTransaction(_channel, transactionUrl, commitUrl, readOnly);
    }

    private async Task<ServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        var root = (await _channel.SendAsync<DiscoveryDocument>(HttpMethod.Get, ServerUri, null, RequestKind.Discovery, false, cancellationToken)
            .ConfigureAwait(false)).Body;
        var template = root.Transaction;
        var versionText = root.Neo4jVersion;
        if (template is null)
        {
            // 3.x: the root only links to the data endpoint, which knows the version and the transaction URL.
            var dataUrl = root.Data is { } data ? _channel.Rebase(new Uri(data)) : new Uri(ServerUri, "/db/data/");
            var dataDocument = (await _channel.SendAsync<DiscoveryDocument>(HttpMethod.Get, dataUrl, null, RequestKind.Discovery, false, cancellationToken)
                .ConfigureAwait(false)).Body;
            template = dataDocument.Transaction;
            versionText = dataDocument.Neo4jVersion;
        }
        if (template is null)
            throw new Neo4jException("Tkg.Discovery", $"Neo4j at {ServerUri} advertises no transactional HTTP endpoint; is this a Neo4j server?");

        var endpoint = _channel.Rebase(new Uri(template.Replace("{databaseName}", Uri.EscapeDataString(_settings.Database), StringComparison.Ordinal)));

        // The discovery documents may lack the edition (3.x) and describe the server, not the kernel; ask the database.
        var components = await _channel.PostStatementsAsync(CommitUrl(endpoint), TransactionRequest.Write([new CypherStatement(ComponentsQuery)]),
            RequestKind.Statements, readOnly: false, cancellationToken).ConfigureAwait(false);
        var edition = root.Neo4jEdition ?? "unknown";
        foreach (var record in components.Body.Results.FirstOrDefault()?.ToResult().Records() ?? [])
        {
            if (record.GetValueOrDefault("name") is not "Neo4j Kernel") continue;
            if (record.GetValueOrDefault("versions") is List<object?> { Count: > 0 } versions && versions[0] is string v) versionText = v;
            if (record.GetValueOrDefault("edition") is string e) edition = e;
        }

        if (!ServerVersion.TryParse(versionText, out var version))
            throw new Neo4jException("Tkg.Discovery", $"Neo4j at {ServerUri} reported no readable version ('{versionText}')");
        var info = new ServerInfo(version, versionText!, edition, endpoint);
        CypherLog.Discovered(_logger, ServerUri, info.VersionText, info.Edition, info.TransactionEndpoint);
        return info;
    }

    internal static Uri CommitUrl(Uri transaction) => new(transaction.AbsoluteUri.TrimEnd('/') + "/commit");
}
