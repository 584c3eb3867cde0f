using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// How many requests may be in Neo4j at once from this process, and the wait for a place. A request keeps its place
/// until Neo4j answers it, not until its caller stops waiting: Neo4j 3.1 runs a read to its end whoever waits, and
/// callers that dropped a slow query after two seconds (<c>brokers</c> over 100,000 actors takes 45 s) left it running
/// there, each taking a core, with nothing to stop more of them piling up. Named queries have one set of places
/// (<see cref="RunAsync"/>); raw queries another (<see cref="ReadOnly.ReadOnlyCypherRunner"/>, through
/// <see cref="TryTakeAsync"/> and <see cref="FreeWhenDone"/>, since their work spans several requests).
/// </summary>
internal sealed class QueryPlaces(int places, TimeSpan maxWait)
{
    /// <summary>The product's places for named queries: four (the local server has two cores; the seed's queries take milliseconds).</summary>
    public const int DefaultPlaces = 4;

    /// <summary>The product's wait for a place before a query is refused as busy.</summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _free = new(places);

    /// <summary>How many requests may hold a place at once.</summary>
    public int Count => places;

    /// <summary>Takes a place, waiting at most <paramref name="wait"/> (and never longer than this set's wait); false when none came free.</summary>
    public Task<bool> TryTakeAsync(TimeSpan wait, CancellationToken cancellationToken) =>
        _free.WaitAsync(wait < maxWait ? wait : maxWait, cancellationToken);

    /// <summary>
    /// Frees a place taken with <see cref="TryTakeAsync"/> once <paramref name="work"/> has ended, however it ended;
    /// <paramref name="then"/> runs just before. A failure of the work is observed here: its caller may be gone.
    /// </summary>
    public void FreeWhenDone(Task work, Action? then = null) =>
        _ = work.ContinueWith(done =>
        {
            _ = done.Exception;
            try
            {
                then?.Invoke();
            }
            finally
            {
                _free.Release();
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>Sends <paramref name="statements"/> once a place is free; a caller who leaves stops waiting, the place stays taken until Neo4j answers.</summary>
    /// <exception cref="QueriesBusyException">No place came free within the wait; nothing was sent.</exception>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(ICypherClient client, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (!await TryTakeAsync(maxWait, cancellationToken).ConfigureAwait(false)) throw new QueriesBusyException(places);
        // Not the caller's token: cancelling the request would free the place while Neo4j still works (the client's
        // request timeout still ends it).
        var request = client.RunAsync(statements, CancellationToken.None);
        FreeWhenDone(request);
        return await request.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Every place for named queries stayed taken (<see cref="QueryPlaces"/>); nothing was sent to Neo4j.</summary>
public sealed class QueriesBusyException(int places)
    : Neo4jException("Tkg.Busy", $"Neo4j is still working on {places} earlier queries from this server (at most {places} run at once); nothing was run, try again in a moment")
{
    /// <summary>How many named-query requests may be in Neo4j at once.</summary>
    public int Places { get; } = places;
}
