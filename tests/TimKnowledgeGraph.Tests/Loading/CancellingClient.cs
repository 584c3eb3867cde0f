using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>A client that lets <c>requests</c> auto-committed requests through, then cancels the caller's token: a kill mid-import.</summary>
public sealed class CancellingClient(ICypherClient inner, int requests, CancellationTokenSource cancel) : DelegatingCypherClient(inner)
{
    private int _calls;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) > requests)
        {
            await cancel.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        return await Inner.RunAsync(statements, cancellationToken);
    }
}
