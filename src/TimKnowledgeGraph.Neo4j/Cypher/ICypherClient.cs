namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The one seam between the product and Neo4j. Today it is implemented over Neo4j's HTTP transactional
/// Cypher API (<c>HttpCypherClient</c>); the official Bolt driver could implement it later without touching callers.
/// All statements passed in one call run in order in one transaction.
/// </summary>
public interface ICypherClient
{
    /// <summary>The URI of the server this client talks to, for messages.</summary>
    Uri ServerUri { get; }

    /// <summary>Discovers the server (HTTP endpoints, version, edition). Cached after the first success.</summary>
    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the statements in one auto-committed transaction. The whole transaction is retried with backoff on
    /// transient errors and dropped connections; client errors (syntax, parameters, constraints, auth) are never retried.
    /// </summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction. Not retried as a whole: callers that want retries use <see cref="RunAsync"/>.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>An open explicit transaction. Disposing an uncommitted transaction rolls it back.</summary>
public interface ICypherTransaction : IAsyncDisposable
{
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one statement and reads at most <paramref name="limit"/> of its answer. The HTTP transaction streams the
    /// answer and stops reading at the limit, so a huge result costs a few buffers; the transaction is then in an unknown
    /// state and must be rolled back. This default reads everything and cuts afterwards, for implementations that cannot stream.
    /// </summary>
    async Task<CypherRowPage> RunLimitedAsync(CypherStatement statement, CypherRowLimit limit, CancellationToken cancellationToken = default)
    {
        var result = (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];
        var truncated = result.Rows.Count > limit.MaxRows;
        return new CypherRowPage(result.Columns, truncated ? result.Rows.Take(limit.MaxRows).ToList() : result.Rows, truncated,
            truncated ? null : result.Stats);
    }

    /// <summary>Resets the server's idle timeout for this transaction without running anything.</summary>
    Task KeepAliveAsync(CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <summary>Options for an explicit transaction.</summary>
/// <param name="ReadOnly">Ask the server for read access mode where it supports it (Neo4j 4.4.4+ honours the <c>access-mode: READ</c> header).</param>
public sealed record TransactionOptions(bool ReadOnly = false);
