using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// The place primitives both kinds of query use (named queries, and the raw queries of the read-only runner, whose
/// work spans several requests): a place is taken within the wait or not at all, and freed only once the work has
/// ended, however it ended.
/// </summary>
public sealed class QueryPlacesFreeingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_place_is_freed_when_the_work_ends_not_before()
    {
        var places = new QueryPlaces(1, TimeSpan.FromSeconds(5));
        var work = new TaskCompletionSource();
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
        places.FreeWhenDone(work.Task);

        Assert.False(await places.TryTakeAsync(TimeSpan.FromMilliseconds(50), Token));
        work.SetResult();
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
    }

    [Fact]
    public async Task A_failed_or_cancelled_work_frees_its_place_and_runs_what_comes_before()
    {
        var places = new QueryPlaces(2, TimeSpan.FromSeconds(5));
        var cleanedUp = 0;
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
        places.FreeWhenDone(Task.FromException(new InvalidOperationException("late failure nobody reads")), () => cleanedUp++);
        places.FreeWhenDone(Task.FromCanceled(new CancellationToken(canceled: true)), () => cleanedUp++);

        Assert.Equal(2, cleanedUp);
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
    }

    [Fact]
    public async Task A_clean_up_that_throws_still_frees_the_place()
    {
        var places = new QueryPlaces(1, TimeSpan.FromSeconds(5));
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
        places.FreeWhenDone(Task.CompletedTask, () => throw new ObjectDisposedException("stop"));
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
    }

    [Fact]
    public async Task The_wait_never_passes_the_set_s_own_wait()
    {
        var places = new QueryPlaces(1, TimeSpan.FromMilliseconds(100));
        Assert.True(await places.TryTakeAsync(TimeSpan.FromSeconds(1), Token));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(await places.TryTakeAsync(TimeSpan.FromMinutes(5), Token));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"waited {clock.Elapsed}");
    }
}
