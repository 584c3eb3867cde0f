using System.Collections.Concurrent;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Passes every request on and remembers the text of every statement sent, in auto-committed requests and inside
/// explicit transactions alike (the content sync writes only in those), from any number of threads (an import's writers).
/// </summary>
public sealed class RecordingClient(ICypherClient inner) : DelegatingCypherClient(inner)
{
    private readonly ConcurrentDictionary<string, bool> _texts = new(StringComparer.Ordinal);

    /// <summary>Every distinct statement text sent so far, in ordinal order.</summary>
    public IReadOnlyList<string> Texts => [.. _texts.Keys.Order(StringComparer.Ordinal)];

    public override Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        Record(statements);
        return Inner.RunAsync(statements, cancellationToken);
    }

    public override async Task<ICypherTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default) =>
        new Transaction(this, await Inner.BeginTransactionAsync(options, cancellationToken));

    private void Record(IEnumerable<CypherStatement> statements)
    {
        foreach (var statement in statements) _texts.TryAdd(statement.Text, true);
    }

    private sealed class Transaction(RecordingClient owner, ICypherTransaction inner) : DelegatingCypherTransaction(inner)
    {
        public override Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            owner.Record(statements);
            return Inner.RunAsync(statements, cancellationToken);
        }

        public override Task<CypherRowPage> RunLimitedAsync(CypherStatement statement, CypherRowLimit limit, CancellationToken cancellationToken = default)
        {
            owner.Record([statement]);
            return Inner.RunLimitedAsync(statement, limit, cancellationToken);
        }
    }
}
