using System.Diagnostics;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// The part of a load spent waiting for Neo4j (its answers to our requests, planning included), so a load can report
/// its own work apart from the server's: on a fresh server most of a first load is Neo4j planning each statement once.
/// </summary>
internal sealed class Neo4jWait
{
    private readonly Stopwatch _waiting = new();

    public TimeSpan Elapsed => _waiting.Elapsed;

    public async Task<T> ForAsync<T>(Func<Task<T>> request)
    {
        _waiting.Start();
        try
        {
            return await request().ConfigureAwait(false);
        }
        finally
        {
            _waiting.Stop();
        }
    }

    public Task ForAsync(Func<Task> request) => ForAsync(async () =>
    {
        await request().ConfigureAwait(false);
        return true;
    });
}
