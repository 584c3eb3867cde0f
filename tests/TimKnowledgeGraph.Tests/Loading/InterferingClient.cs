using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Another client at work during an import: runs <paramref name="interference"/> once, just before the first request whose Cypher contains <paramref name="trigger"/>.</summary>
public sealed class InterferingClient(ICypherClient inner, string trigger, string interference) : DelegatingCypherClient(inner)
{
    private int _done;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.Text.Contains(trigger, StringComparison.Ordinal)) && Interlocked.Exchange(ref _done, 1) == 0)
            await Inner.RunAsync([new CypherStatement(interference)], cancellationToken);
        return await Inner.RunAsync(statements, cancellationToken);
    }
}
