using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Another client at work during an import: runs <paramref name="interference"/> once, just before the first request whose Cypher contains <paramref name="trigger"/>.</summary>
public sealed class InterferingClient(ICypherClient inner, string trigger, string interference) : ICypherClient
{
    private int _done;

    public Uri ServerUri => inner.ServerUri;

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.Text.Contains(trigger, StringComparison.Ordinal)) && Interlocked.Exchange(ref _done, 1) == 0)
            await inner.RunAsync([new CypherStatement(interference)], cancellationToken);
        return await inner.RunAsync(statements, cancellationToken);
    }

    public Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.BeginTransactionAsync(options, cancellationToken);
}
