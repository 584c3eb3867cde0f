using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>A client that lets <c>requests</c> auto-committed requests through, then cancels the caller's token: a kill mid-import.</summary>
public sealed class CancellingClient(ICypherClient inner, int requests, CancellationTokenSource cancel) : ICypherClient
{
    private int _calls;

    public Uri ServerUri => inner.ServerUri;

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) > requests)
        {
            await cancel.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        return await inner.RunAsync(statements, cancellationToken);
    }

    public Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.BeginTransactionAsync(options, cancellationToken);
}
