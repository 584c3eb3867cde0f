using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// Something else at work during an import: runs <paramref name="interference"/> once, just before the first request
/// whose Cypher contains <paramref name="trigger"/> (another client's write, a data file edited mid-import, ...).
/// </summary>
public sealed class InterferingClient(ICypherClient inner, string trigger, Func<ICypherClient, CancellationToken, Task> interference)
    : DelegatingCypherClient(inner)
{
    private int _done;

    /// <summary>Another client's write: runs the Cypher <paramref name="interference"/> once.</summary>
    public InterferingClient(ICypherClient inner, string trigger, string interference)
        : this(inner, trigger, (client, ct) => client.RunAsync([new CypherStatement(interference)], ct)) { }

    /// <summary>A change outside the database (e.g. a file edited): runs <paramref name="interference"/> once.</summary>
    public InterferingClient(ICypherClient inner, string trigger, Action interference)
        : this(inner, trigger, (_, _) => { interference(); return Task.CompletedTask; }) { }

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.Text.Contains(trigger, StringComparison.Ordinal)) && Interlocked.Exchange(ref _done, 1) == 0)
            await interference(Inner, cancellationToken);
        return await Inner.RunAsync(statements, cancellationToken);
    }
}
