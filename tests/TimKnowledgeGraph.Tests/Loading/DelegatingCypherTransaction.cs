using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Passes everything to a real transaction; the test clients that watch or disturb explicit transactions override what
/// they change (their <see cref="DelegatingCypherClient.BeginTransactionAsync"/> wraps the real one in theirs).
/// </summary>
public abstract class DelegatingCypherTransaction(ICypherTransaction inner) : ICypherTransaction
{
    protected ICypherTransaction Inner { get; } = inner;

    public virtual Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        Inner.RunAsync(statements, cancellationToken);

    // The real transaction's own (streaming) limited read, not the interface's default, which would read everything.
    public virtual Task<CypherRowPage> RunLimitedAsync(CypherStatement statement, CypherRowLimit limit, CancellationToken cancellationToken = default) =>
        Inner.RunLimitedAsync(statement, limit, cancellationToken);

    public Task KeepAliveAsync(CancellationToken cancellationToken = default) => Inner.KeepAliveAsync(cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default) => Inner.CommitAsync(cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken = default) => Inner.RollbackAsync(cancellationToken);

    public ValueTask DisposeAsync() => Inner.DisposeAsync();
}
