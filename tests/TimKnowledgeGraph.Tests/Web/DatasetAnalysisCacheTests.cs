using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A dataset page's analyses for a period run to their end whatever the reader does, and periods are any dates: ten
/// requests for ten periods of a 150,000-tie panel, dropped after 2 s, kept the local Neo4j busy for over a minute
/// (/api/health 503 meanwhile). They compute one at a time now, and one nobody waits for any more is not computed.
/// </summary>
public sealed class DatasetAnalysisCacheTests
{
    [Fact]
    public async Task ShouldComputeOneAnalysisAtATime()
    {
        var cache = new DatasetAnalysisCache();
        var (running, most) = (0, 0);
        async Task<int> Compute(CancellationToken _)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(50, TestContext.Current.CancellationToken);
            Interlocked.Decrement(ref running);
            return now;
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => cache.GetAsync($"d|period-{i}", "v1", Compute, TestContext.Current.CancellationToken)));

        Assert.Equal(DatasetAnalysisCache.MaxComputing, most);
    }

    [Fact]
    public async Task ShouldComputeAnalysesInTheOrderTheyWereAskedFor()
    {
        var cache = new DatasetAnalysisCache();
        var first = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var busy = cache.GetAsync("d|period-0", "v1", _ => first.Task, TestContext.Current.CancellationToken);
        var order = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var waiting = Enumerable.Range(1, 20)
            .Select(i => cache.GetAsync($"d|period-{i}", "v1", _ => { order.Enqueue(i); return Task.FromResult(i); }, TestContext.Current.CancellationToken))
            .ToList();

        first.SetResult(0);
        await Task.WhenAll(waiting);

        Assert.Equal(0, await busy);
        Assert.Equal(Enumerable.Range(1, 20), order);
    }

    [Fact]
    public async Task ShouldNotComputeAnAnalysisWhoseRequestsHaveAllLeftBeforeItsTurn()
    {
        var cache = new DatasetAnalysisCache();
        var first = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var abandonedRan = false;
        var busy = cache.GetAsync("d|period-1", "v1", _ => first.Task, TestContext.Current.CancellationToken);
        using var leaving = new CancellationTokenSource();
        var abandoned = cache.GetAsync("d|period-2", "v1", _ => { abandonedRan = true; return Task.FromResult(2); }, leaving.Token);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        first.SetResult(1);
        Assert.Equal(1, await busy);
        // Analyses take their turns in the order they were asked for: a third period asked for now comes after the
        // abandoned one, so once the third is computed the abandoned one's turn has come and gone. A fixed wait (300 ms)
        // could end before that turn on a loaded machine, and so could the third's turn while analyses queued whenever
        // the thread pool got to them (CI, 2026-12-07): the request for period-2 below then joined the abandoned
        // computation instead of starting afresh.
        Assert.Equal(4, await cache.GetAsync("d|period-3", "v1", _ => Task.FromResult(4), TestContext.Current.CancellationToken));

        Assert.False(abandonedRan);
        // The next request for the same period computes it afresh.
        Assert.Equal(3, await cache.GetAsync("d|period-2", "v1", _ => Task.FromResult(3), TestContext.Current.CancellationToken));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
