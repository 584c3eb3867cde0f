using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Passes everything to a real client, but inside explicit transactions fails the request after
/// <see cref="FailAfterRequests"/> requests went through: by throwing a Neo4j error, or by cancelling the caller's token.
/// </summary>
public sealed class FailingCypherClient(ICypherClient inner, int failAfterRequests, CancellationTokenSource? cancel = null) : DelegatingCypherClient(inner)
{
    public int FailAfterRequests { get; } = failAfterRequests;

    public CancellationTokenSource? Cancel { get; } = cancel;

    public int RequestsInTransactions { get; private set; }

    public override async Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        new Transaction(this, await Inner.BeginTransactionAsync(options, cancellationToken));

    private sealed class Transaction(FailingCypherClient owner, ICypherTransaction inner) : DelegatingCypherTransaction(inner)
    {
        public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            if (owner.RequestsInTransactions++ >= owner.FailAfterRequests)
            {
                if (owner.Cancel is { } source)
                {
                    await source.CancelAsync();
                    cancellationToken.ThrowIfCancellationRequested();
                }
                throw new Neo4jDatabaseException("Neo.DatabaseError.General.UnknownError", "injected failure");
            }
            return await Inner.RunAsync(statements, cancellationToken);
        }
    }
}
