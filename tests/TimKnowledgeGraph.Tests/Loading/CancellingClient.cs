using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// A client that lets <c>requests</c> auto-committed requests through (only those whose Cypher contains
/// <c>counting</c>, when given), then cancels the caller's token: a kill mid-import.
/// </summary>
public sealed class CancellingClient(ICypherClient inner, int requests, CancellationTokenSource cancel, string? counting = null) : DelegatingCypherClient(inner)
{
    private int _calls;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        var counted = counting is null || statements.Any(s => s.Text.Contains(counting, StringComparison.Ordinal));
        if (counted && Interlocked.Increment(ref _calls) > requests)
        {
            await cancel.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        return await Inner.RunAsync(statements, cancellationToken);
    }
}
