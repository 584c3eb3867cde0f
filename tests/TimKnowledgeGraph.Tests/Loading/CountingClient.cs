using System.Collections.Concurrent;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Passes every request on and remembers the statement texts of each (a request is one transaction).</summary>
public sealed class CountingClient(ICypherClient inner) : DelegatingCypherClient(inner)
{
    private readonly ConcurrentQueue<HashSet<string>> _requests = new();

    /// <summary>How many requests ran at least one statement whose text is one of <paramref name="texts"/>.</summary>
    public int Requests(params string[] texts) => _requests.Count(request => texts.Any(request.Contains));

    public override Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(statements.Select(s => s.Text).ToHashSet(StringComparer.Ordinal));
        return Inner.RunAsync(statements, cancellationToken);
    }
}
