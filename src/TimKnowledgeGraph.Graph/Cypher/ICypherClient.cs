namespace TimKnowledgeGraph.Graph.Cypher;

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

    /// <summary>Resets the server's idle timeout for this transaction without running anything.</summary>
    Task KeepAliveAsync(CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <summary>Options for an explicit transaction.</summary>
/// <param name="ReadOnly">Ask the server for read access mode where it supports it (Neo4j 4.4.4+ honours the <c>access-mode: READ</c> header).</param>
public sealed record TransactionOptions(bool ReadOnly = false);
