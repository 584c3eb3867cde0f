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
    public async Task ShouldNotComputeAnAnalysisWhoseRequestsHaveAllLeftBeforeItsTurn()
    {
        var cache = new DatasetAnalysisCache();
        var first = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var busyStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var abandonedRan = false;
        var busy = cache.GetAsync("d|period-1", "v1", _ => { busyStarted.SetResult(); return first.Task; }, TestContext.Current.CancellationToken);
        // The computations start on the thread pool, in either order: the second is asked for only once the first holds
        // the one place, so that it has to wait its turn.
        await busyStarted.Task.WaitAsync(TestContext.Current.CancellationToken);
        using var leaving = new CancellationTokenSource();
        var abandoned = cache.GetAsync("d|period-2", "v1", _ => { abandonedRan = true; return Task.FromResult(2); }, leaving.Token);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        first.SetResult(1);
        Assert.Equal(1, await busy);
        // The abandoned computation has waited for the place since before the first one ended, which handed the place
        // on to it; a third period asked for now queues behind it, so once the third is computed the abandoned one's
        // turn has come and gone. A fixed wait (300 ms) could end before that turn on a loaded machine, and the request
        // for period-2 below would then join the abandoned computation instead of starting afresh.
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
