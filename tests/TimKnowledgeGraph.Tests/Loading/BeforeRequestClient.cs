using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Runs <paramref name="action"/> once, just before the first request whose Cypher contains <paramref name="trigger"/>: something changes mid-import.</summary>
public sealed class BeforeRequestClient(ICypherClient inner, string trigger, Action action) : DelegatingCypherClient(inner)
{
    private int _done;

    public override Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.Text.Contains(trigger, StringComparison.Ordinal)) && Interlocked.Exchange(ref _done, 1) == 0) action();
        return Inner.RunAsync(statements, cancellationToken);
    }
}
